package org.thinktank.surveyflow.workflow;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.adoption.RecommendationsTracked;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.adoption.MeetingFollowUp;
import org.thinktank.surveyflow.adoption.MeetingFollowUps;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;

/**
 * Starts an investigation's follow-up when its report is approved, with the meeting's follow-up points as they are
 * then; once per investigation, so a report approved again does not start a second one. A meeting without a date
 * has no points to count from: its reports get no follow-up.
 */
@Component
class FollowUpStarter {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final SurveyRegistry surveys;
    private final MeetingCatalog meetings;
    private final MeetingFollowUps followUps;

    FollowUpStarter(RuntimeService runtime, HistoryService history, SurveyRegistry surveys, MeetingCatalog meetings,
                    MeetingFollowUps followUps) {
        this.runtime = runtime;
        this.history = history;
        this.surveys = surveys;
        this.meetings = meetings;
        this.followUps = followUps;
    }

    @EventListener
    void start(RecommendationsTracked tracked) {
        Survey survey = surveys.requireUnchecked(tracked.surveyId());
        boolean startedBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
                .processInstanceBusinessKey(survey.businessKey()).count() > 0;
        LocalDate meetingDay = meetings.require(survey.meetingId()).opensOn();
        if (startedBefore || meetingDay == null) {
            return;
        }
        MeetingFollowUp points = followUps.of(survey.meetingId());
        runtime.startProcessInstanceByKey(FollowUpProcess.KEY, survey.businessKey(), Map.of(
                FollowUpProcess.Variables.SURVEY_ID, survey.id(),
                FollowUpProcess.Variables.LEAD, tracked.lead(),
                FollowUpProcess.Variables.MEETING_DATE, meetingDay.toString(),
                FollowUpProcess.Variables.FOLLOW_UP_MONTHS,
                points.months().stream().map(String::valueOf).collect(Collectors.joining(",")),
                FollowUpProcess.Variables.UPDATE_PERIOD, followUps.updatePeriod().toString()));
    }
}
