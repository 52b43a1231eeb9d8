package org.thinktank.surveyflow.adoption;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;

/**
 * Every tracked recommendation of a meeting with its steps: what the adoption dashboard, the adoption report and the
 * workbook sheet are made from. No access check: callers check (the meeting's adoption is for organizers).
 */
@Service
public class MeetingAdoptions {

    private final MeetingCatalog meetings;
    private final RecommendationRepository recommendations;
    private final AdoptionRecords records;

    MeetingAdoptions(MeetingCatalog meetings, RecommendationRepository recommendations, AdoptionRecords records) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.records = records;
    }

    public MeetingAdoption of(long meetingId) {
        Meeting meeting = meetings.require(meetingId);
        List<RecommendationRepository.Row> rows = recommendations.ofMeeting(meetingId);
        List<RecommendationRecord> withSteps = records.withSteps(rows);
        List<TrackedRecommendation> tracked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            tracked.add(withSteps.get(i).tracked(rows.get(i).surveyKey(), rows.get(i).topic()));
        }
        return new MeetingAdoption(meeting.id(), meeting.code(), meeting.name(), meeting.opensOn(), List.copyOf(tracked));
    }
}
