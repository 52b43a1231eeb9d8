package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.notification.NotificationKind;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Investigations;
import org.thinktank.surveyflow.time.WorkCalendar;

/** Reminders before each due date and escalations after it come from BPMN timers fed by process variables. */
@IntegrationTest
class DeadlineTimersIT {

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    Investigations investigations;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    private ProcessInstance processOf(Survey survey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(survey.businessKey()).singleResult();
    }

    private Job timer(ProcessInstance process, String activityId) {
        return management.createJobQuery().processInstanceId(process.getId()).activityId(activityId).singleResult();
    }

    private List<String> recipientsOf(Survey survey, NotificationKind kind) {
        return jdbc.sql("select recipient from notification where survey_id = ? and kind = ? order by recipient")
                .params(survey.id(), kind.name()).query(String.class).list();
    }

    @Test
    void theFindingsReminderIsDueTheReminderLeadBeforeTheEndOfTheDueDate() {
        Survey survey = investigations.launch();

        Job reminder = timer(processOf(survey), "findingsReminderTimer");

        Instant endOfDueDate = calendar.endOf(survey.dueDates().findings());
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(endOfDueDate.minus(Duration.ofDays(2)));
    }

    @Test
    void aLongerReminderLeadGivenAtLaunchMovesTheReminderWithoutAnyChangeToTheModel() {
        Survey survey = investigations.launchWithReminderLead(Duration.ofDays(5));

        Job reminder = timer(processOf(survey), "findingsReminderTimer");

        Instant endOfDueDate = calendar.endOf(survey.dueDates().findings());
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(endOfDueDate.minus(Duration.ofDays(5)));
    }

    @Test
    void theReminderTellsOnlyTheResearchersWhoHaveNotSubmittedYet() {
        Survey survey = investigations.launch();
        investigations.submitFindings(survey, Investigations.LEAD);
        ProcessInstance process = processOf(survey);

        management.executeJob(timer(process, "findingsReminderTimer").getId());

        assertThat(recipientsOf(survey, NotificationKind.REMINDER)).containsExactly("wang.fang");
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).taskAssignee("wang.fang").count())
                .as("the reminder leaves the task open").isEqualTo(1);
    }

    @Test
    void anOverdueTaskIsEscalatedToEveryOrganizer() {
        Survey survey = investigations.launch();
        ProcessInstance process = processOf(survey);
        Job overdue = timer(process, "findingsOverdueTimer");
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(calendar.endOf(survey.dueDates().findings()));

        management.executeJob(overdue.getId());

        assertThat(recipientsOf(survey, NotificationKind.ESCALATION)).containsExactly("organizer", "organizer2");
        assertThat(jdbc.sql("select body from notification where survey_id = ? and kind = 'ESCALATION' limit 1")
                .param(survey.id()).query(String.class).single()).contains("li.wei", "wang.fang");
    }

    @Test
    void reviewTimersFollowTheReviewDueDateAndRemindTheReviewers() {
        Survey survey = investigations.inReview();
        ProcessInstance process = processOf(survey);

        Job reminder = timer(process, "reviewReminderTimer");
        assertThat(reminder.getDuedate().toInstant())
                .isEqualTo(calendar.endOf(survey.dueDates().review()).minus(Duration.ofDays(2)));
        management.executeJob(reminder.getId());

        assertThat(recipientsOf(survey, NotificationKind.REMINDER)).containsExactly("m.ivanov", "zhou.qiang");
    }

    @Test
    void theDecisionOnARejectedReportIsRemindedAndEscalatedByTheApprovalDueDate() {
        Survey survey = investigations.inReview();
        investigations.reviewRound(survey, Recommendation.REJECT, Recommendation.ACCEPT);
        ProcessInstance process = processOf(survey);

        Instant endOfDueDate = calendar.endOf(investigations.reload(survey).dueDates().approval());
        assertThat(timer(process, "rejectionReminderTimer").getDuedate().toInstant())
                .isEqualTo(endOfDueDate.minus(Duration.ofDays(2)));
        assertThat(timer(process, "rejectionOverdueTimer").getDuedate().toInstant()).isEqualTo(endOfDueDate);
    }

    @Test
    void aRevisionRoundGivesTheLeadTheRevisionPeriodAndKeepsTheSpacingOfLaterStages() {
        Survey survey = investigations.toReview(investigations.launchWithTightDeadlines());
        investigations.reviewRound(survey, Recommendation.MAJOR_REVISION, Recommendation.ACCEPT);

        Survey revised = investigations.reload(survey);
        assertThat(revised.dueDates().draft()).isEqualTo(calendar.today().plusDays(7));
        assertThat(revised.dueDates().review()).isEqualTo(calendar.today().plusDays(8));
        assertThat(revised.dueDates().approval()).isEqualTo(calendar.today().plusDays(9));
        assertThat(tasks.createTaskQuery().processInstanceId(processOf(survey).getId()).singleResult().getDueDate().toInstant())
                .isEqualTo(calendar.endOf(revised.dueDates().draft()));
    }

    @Test
    void everyNewTaskIsAnnouncedToItsHolders() {
        Survey survey = investigations.launch();

        assertThat(recipientsOf(survey, NotificationKind.ASSIGNMENT)).containsExactly("li.wei", "wang.fang");
    }

    @Test
    void draftTimersFollowTheDraftDueDateRemindTheLeadAndEscalateToTheOrganizers() {
        Survey survey = investigations.launch();
        investigations.allFindingsIn(survey);
        ProcessInstance process = processOf(survey);
        Instant endOfDueDate = calendar.endOf(survey.dueDates().draft());

        Job reminder = timer(process, "draftReminderTimer");
        Job overdue = timer(process, "draftOverdueTimer");
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(endOfDueDate.minus(Duration.ofDays(2)));
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(endOfDueDate);
        management.executeJob(reminder.getId());
        management.executeJob(overdue.getId());

        assertThat(recipientsOf(survey, NotificationKind.REMINDER)).containsExactly("li.wei");
        assertThat(recipientsOf(survey, NotificationKind.ESCALATION)).containsExactly("organizer", "organizer2");
    }

    @Test
    void approvalTimersFollowTheApprovalDueDateAndRemindEveryOrganizer() {
        Survey survey = investigations.awaitingApproval();
        ProcessInstance process = processOf(survey);
        Instant endOfDueDate = calendar.endOf(survey.dueDates().approval());

        Job reminder = timer(process, "approvalReminderTimer");
        Job overdue = timer(process, "approvalOverdueTimer");
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(endOfDueDate.minus(Duration.ofDays(2)));
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(endOfDueDate);
        management.executeJob(reminder.getId());
        management.executeJob(overdue.getId());

        assertThat(recipientsOf(survey, NotificationKind.REMINDER)).containsExactly("organizer", "organizer2");
        assertThat(recipientsOf(survey, NotificationKind.ESCALATION)).containsExactly("organizer", "organizer2");
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(SurveyProcess.APPROVE_REPORT)
                .count()).as("the approval stays open").isEqualTo(1);
    }
}
