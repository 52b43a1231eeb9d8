package org.thinktank.surveyflow.dashboard;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.MeetingSurveyFilter;
import org.thinktank.surveyflow.survey.MeetingSurveys;
import org.thinktank.surveyflow.survey.SurveyLine;

/**
 * The organizers' view of a meeting's investigations: how many in each stage, which are late, how long they take, and
 * the list of them a page at a time. The same few queries whether a meeting has ten investigations or thousands.
 */
@Service
public class MeetingDashboard {

    /** How many of the overdue investigations the overview names; the list filtered to the overdue has them all. */
    public static final int LONGEST_OVERDUE = 10;

    private final MeetingCatalog meetings;
    private final MeetingSurveys surveys;

    MeetingDashboard(MeetingCatalog meetings, MeetingSurveys surveys) {
        this.meetings = meetings;
        this.surveys = surveys;
    }

    public MeetingOverview of(long meetingId, Actor actor) {
        actor.require(Role.ORGANIZER, "see the meeting dashboard");
        Meeting meeting = meetings.require(meetingId);
        return new MeetingOverview(meeting, surveys.figuresUnchecked(meetingId),
                surveys.firstUnchecked(meetingId, MeetingSurveyFilter.OVERDUE, LONGEST_OVERDUE));
    }

    public Page<SurveyLine> investigations(long meetingId, MeetingSurveyFilter filter, PageRequest page,
                                                 Actor actor) {
        actor.require(Role.ORGANIZER, "see the meeting dashboard");
        return surveys.pageUnchecked(meetingId, filter, page);
    }
}
