package org.thinktank.surveyflow.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting's follow-up points and the days they fall on.
 *
 * @param dates the days of the points; empty while the meeting has no date
 * @param own   whether the meeting's organizers set them (otherwise they are the configured default)
 */
public record MeetingFollowUp(long meetingId, List<Integer> months, List<LocalDate> dates, boolean own) {
}
