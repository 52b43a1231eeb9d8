package org.thinktank.surveyflow.adoption;

import java.time.LocalDate;
import java.util.List;

/** Every tracked recommendation of a meeting's approved reports, by investigation and number. */
public record MeetingAdoption(long meetingId, String meetingCode, String meetingName, LocalDate meetingDate,
                              List<TrackedRecommendation> recommendations) {
}
