package org.thinktank.surveyflow.programme;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session (forum, 分论坛) of a meeting: named in Chinese and English, held on a day, from a time to a time, in a room. */
public record Session(long id, long meetingId, String name, String nameEn, LocalDate heldOn, LocalTime startsAt,
                      LocalTime endsAt, String room) {

    /** Whether a slot from {@code start} to {@code end} lies within the session's time. */
    public boolean holds(LocalTime start, LocalTime end) {
        return !start.isBefore(startsAt) && !end.isAfter(endsAt) && start.isBefore(end);
    }
}
