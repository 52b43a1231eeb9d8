package org.thinktank.surveyflow.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;

/** The organizers' view of a meeting's investigations: how many in each stage, which are late, how long they take. */
@Service
public class MeetingDashboard {

    private final MeetingCatalog meetings;
    private final SurveyRegistry surveys;
    private final WorkCalendar calendar;

    MeetingDashboard(MeetingCatalog meetings, SurveyRegistry surveys, WorkCalendar calendar) {
        this.meetings = meetings;
        this.surveys = surveys;
        this.calendar = calendar;
    }

    public MeetingOverview of(long meetingId, Actor actor) {
        actor.require(Role.ORGANIZER, "see the meeting dashboard");
        Meeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> new NotFoundException("There is no meeting " + meetingId));
        List<Survey> all = surveys.ofMeetingUnchecked(meetingId);
        LocalDate today = calendar.today();
        Map<SurveyStage, Long> perStage = new EnumMap<>(SurveyStage.class);
        for (SurveyStage stage : SurveyStage.values()) {
            perStage.put(stage, all.stream().filter(s -> s.stage() == stage).count());
        }
        List<OverdueSurvey> overdue = all.stream().filter(s -> dueOf(s) != null && dueOf(s).isBefore(today))
                .map(s -> new OverdueSurvey(s, dueOf(s))).toList();
        return new MeetingOverview(meeting, all, perStage, overdue, averageDays(all.stream()
                .filter(s -> s.endedAt() != null).map(s -> Duration.between(s.launchedAt(), s.endedAt())).toList()),
                averageDays(all.stream().filter(s -> !s.stage().isFinal())
                        .map(s -> Duration.between(s.stageEnteredAt(), calendar.now())).toList()));
    }

    /** The due date of the stage an investigation is in, or null once it ended. */
    static LocalDate dueOf(Survey survey) {
        return switch (survey.stage()) {
            case FINDINGS -> survey.dueDates().findings();
            case DRAFTING -> survey.dueDates().draft();
            case REVIEW -> survey.dueDates().review();
            case DECISION, APPROVAL -> survey.dueDates().approval();
            case PUBLISHED, CLOSED -> null;
        };
    }

    private static Double averageDays(List<Duration> durations) {
        OptionalDouble average = durations.stream().mapToDouble(d -> d.toMinutes() / 1440.0).average();
        return average.isPresent() ? Math.round(average.getAsDouble() * 10) / 10.0 : null;
    }
}
