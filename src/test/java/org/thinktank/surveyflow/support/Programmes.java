package org.thinktank.surveyflow.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;
import org.thinktank.surveyflow.programme.Session;
import org.thinktank.surveyflow.programme.SessionBook;
import org.thinktank.surveyflow.programme.SessionInput;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;

/**
 * Meetings of their own with sessions and published investigations, for the programme's tests: a presenter's
 * double bookings are looked for on the day across meetings, so each test class takes days no other one uses.
 */
@Component
public class Programmes {

    private static final AtomicInteger MEETINGS = new AtomicInteger();

    private final MeetingCatalog meetings;
    private final SessionBook sessions;
    private final SurveyRegistry registry;
    private final Surveys surveys;

    Programmes(MeetingCatalog meetings, SessionBook sessions, SurveyRegistry registry, Surveys surveys) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.registry = registry;
        this.surveys = surveys;
    }

    /** A new meeting in Harbin opening on {@code opensOn}. */
    public Meeting meeting(LocalDate opensOn) {
        int n = MEETINGS.incrementAndGet();
        return meetings.create(new NewMeeting("PG" + n + "-" + System.nanoTime() % 100_000, "日程测试会议 " + n,
                "哈尔滨", opensOn, null), Surveys.ORGANIZER);
    }

    public Session session(Meeting meeting, String name, String nameEn, LocalDate day, String startsAt,
                           String endsAt, String room) {
        return sessions.create(meeting, new SessionInput(name, nameEn, day, LocalTime.parse(startsAt),
                LocalTime.parse(endsAt), room), Surveys.ORGANIZER);
    }

    /** An investigation of the meeting (lead li.wei, researcher wang.fang) whose report is approved and published. */
    public Survey published(Meeting meeting, String topic, String topicEn) {
        Survey survey = launched(meeting, topic, topicEn);
        surveys.toReview(survey);
        surveys.reviewRound(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);
        surveys.approval(survey, DecisionOutcome.APPROVE);
        return surveys.reload(survey);
    }

    /** An investigation of the meeting still at its findings. */
    public Survey launched(Meeting meeting, String topic, String topicEn) {
        LaunchRequest demo = surveys.launchRequest();
        return surveys.planApproved(registry.launch(new LaunchRequest(meeting.code(), topic, topicEn, demo.region(),
                demo.lead(), demo.team(), demo.reviewers(), demo.planDue(), demo.findingsDue(), demo.draftDue(),
                demo.reviewDue(), demo.approvalDue(), null, null, null), Surveys.ORGANIZER));
    }
}
