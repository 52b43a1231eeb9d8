package org.thinktank.surveyflow.programme;

import java.time.LocalTime;

/** An approved report's place in the programme: its session, who presents it, and its slot. */
public record Presentation(long surveyId, long sessionId, String presenter, LocalTime startsAt, int minutes) {

    public LocalTime endsAt() {
        return startsAt.plusMinutes(minutes);
    }

    /** Whether this slot and one from {@code start} to {@code end} share a minute. */
    boolean overlaps(LocalTime start, LocalTime end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt());
    }
}
