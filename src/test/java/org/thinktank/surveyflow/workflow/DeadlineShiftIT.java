package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.schedule.DeadlineShift;
import org.thinktank.surveyflow.survey.DueDates;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Meetings;
import org.thinktank.surveyflow.support.Notices;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Shifting a meeting's open deadlines moves the running processes the engine's way: the due-date variables, the open
 * tasks' due dates and the timer jobs, which fire at the new date and not at the old one. Each test has its own
 * meeting; the engine's clock is put back after each.
 */
@IntegrationTest
class DeadlineShiftIT {

    @Autowired
    Surveys surveys;
    @Autowired
    Meetings meetings;
    @Autowired
    DeadlineShift shift;
    @Autowired
    Processes processes;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    Notices notices;

    @AfterEach
    void engineClockBack() {
        ClockUtil.reset();
    }

    private Meeting meeting() {
        return meetings.opening(calendar.today().plusDays(60));
    }

    private List<String> executableTimers(ProcessInstance process, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        return management.createJobQuery().processInstanceId(process.getId()).timers().executable().list().stream()
                .map(Job::getId).toList();
    }

    @Test
    void theOverdueTimerFiresAtTheShiftedDateAndNotAtTheOldOne() {
        Meeting meeting = meeting();
        Survey survey = surveys.launchInto(meeting.code());
        ProcessInstance process = processes.of(survey);
        Job overdue = processes.timer(process, "findingsOverdueTimer");
        Instant oldEnd = calendar.endOf(survey.dueDates().findings());

        shift.apply(meeting.id(), 7, Surveys.ORGANIZER);

        Instant newEnd = calendar.endOf(survey.dueDates().findings().plusDays(7));
        assertThat(processes.timer(process, "findingsOverdueTimer").getDuedate().toInstant()).isEqualTo(newEnd);
        assertThat(executableTimers(process, oldEnd.plusSeconds(1))).doesNotContain(overdue.getId());
        assertThat(executableTimers(process, newEnd.plusSeconds(1))).contains(overdue.getId());
        management.executeJob(overdue.getId());
        assertThat(notices.of(survey, "ESCALATION")).isNotEmpty();
    }

    @Test
    void theProcessVariablesAndTheOpenTasksTakeTheShiftedDates() {
        Meeting meeting = meeting();
        Survey survey = surveys.launchInto(meeting.code());
        ProcessInstance process = processes.of(survey);

        shift.apply(meeting.id(), -3, Surveys.ORGANIZER);

        DueDates moved = surveys.reload(survey).dueDates();
        assertThat(moved.findings()).isEqualTo(survey.dueDates().findings().minusDays(3));
        assertThat(moved.approval()).isEqualTo(survey.dueDates().approval().minusDays(3));
        assertThat(runtime.getVariable(process.getId(), SurveyProcess.Variables.FINDINGS_DUE))
                .isEqualTo(moved.findings().toString());
        assertThat(runtime.getVariable(process.getId(), SurveyProcess.Variables.APPROVAL_DUE))
                .isEqualTo(moved.approval().toString());
        assertThat(processes.tasksOf(process).list()).allSatisfy(task ->
                assertThat(task.getDueDate().toInstant()).isEqualTo(calendar.endOf(moved.findings())));
        assertThat(processes.timer(process, "findingsReminderTimer").getDuedate().toInstant())
                .isEqualTo(calendar.endOf(moved.findings()).minus(Duration.ofDays(2)));
    }

    @Test
    void aStepAlreadyDoneKeepsItsDueDate() {
        Meeting meeting = meeting();
        Survey survey = surveys.launchInto(meeting.code());
        surveys.allFindingsIn(survey);
        ProcessInstance process = processes.of(survey);

        shift.apply(meeting.id(), 5, Surveys.ORGANIZER);

        DueDates moved = surveys.reload(survey).dueDates();
        assertThat(moved.findings()).isEqualTo(survey.dueDates().findings());
        assertThat(runtime.getVariable(process.getId(), SurveyProcess.Variables.FINDINGS_DUE))
                .isEqualTo(survey.dueDates().findings().toString());
        assertThat(moved.draft()).isEqualTo(survey.dueDates().draft().plusDays(5));
        assertThat(processes.timer(process, "draftOverdueTimer").getDuedate().toInstant())
                .isEqualTo(calendar.endOf(moved.draft()));
        assertThat(processes.tasksOf(process).singleResult().getDueDate().toInstant())
                .isEqualTo(calendar.endOf(moved.draft()));
    }

    @Test
    void aPublishedInvestigationKeepsItsDatesAndIsNotShown() {
        Meeting meeting = meeting();
        Survey survey = surveys.launchInto(meeting.code());
        surveys.allFindingsIn(survey);
        surveys.submitDraft(survey, "v1");
        surveys.reviewRound(survey, Recommendation.ACCEPT,
                Recommendation.ACCEPT);
        surveys.approval(survey, DecisionOutcome.APPROVE);
        DueDates published = surveys.reload(survey).dueDates();

        assertThat(shift.apply(meeting.id(), 5, Surveys.ORGANIZER)).isEmpty();

        assertThat(surveys.reload(survey).dueDates()).isEqualTo(published);
        assertThat(notices.of(survey, "DEADLINES_SHIFTED")).isEmpty();
    }
}
