package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.notification.NotificationKind;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/** Reminders before each due date and escalations after it come from BPMN timers fed by process variables. */
@IntegrationTest
class DeadlineTimersIT {

    @Autowired
    Processes processes;
    @Autowired
    ManagementService management;
    @Autowired
    Surveys surveys;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    /** Every organizer account, the demo's and any a test added: organizer tasks go to all of them. */
    private List<String> organizers() {
        return jdbc.sql("select username from app_user where role = 'ORGANIZER' order by username")
                .query(String.class).list();
    }

    private List<String> recipientsOf(Survey survey, NotificationKind kind) {
        return jdbc.sql("select recipient from notification where survey_id = ? and kind = ? order by recipient")
                .params(survey.id(), kind.name()).query(String.class).list();
    }

    @Test
    void theFindingsReminderIsDueTheReminderLeadBeforeTheEndOfTheDueDate() {
        Survey survey = surveys.launch();

        Job reminder = processes.timer(processes.of(survey), "findingsReminderTimer");

        Instant endOfDueDate = calendar.endOf(survey.dueDates().findings());
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(endOfDueDate.minus(Duration.ofDays(2)));
    }

    @Test
    void aLongerReminderLeadGivenAtLaunchMovesTheReminderWithoutAnyChangeToTheModel() {
        Survey survey = surveys.launchWithReminderLead(Duration.ofDays(5));

        Job reminder = processes.timer(processes.of(survey), "findingsReminderTimer");

        Instant endOfDueDate = calendar.endOf(survey.dueDates().findings());
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(endOfDueDate.minus(Duration.ofDays(5)));
    }

    @Test
    void theReminderTellsOnlyTheResearchersWhoHaveNotSubmittedYet() {
        Survey survey = surveys.launch();
        surveys.submitFindings(survey, Surveys.LEAD);
        ProcessInstance process = processes.of(survey);

        processes.runTimer(survey, "findingsReminderTimer");

        assertThat(recipientsOf(survey, NotificationKind.REMINDER)).containsExactly("wang.fang");
        assertThat(processes.tasksOf(process).taskAssignee("wang.fang").count())
                .as("the reminder leaves the task open").isEqualTo(1);
    }

    @Test
    void anOverdueTaskIsEscalatedToEveryOrganizer() {
        Survey survey = surveys.launch();
        Job overdue = processes.timer(processes.of(survey), "findingsOverdueTimer");
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(calendar.endOf(survey.dueDates().findings()));

        management.executeJob(overdue.getId());

        assertThat(recipientsOf(survey, NotificationKind.ESCALATION)).containsExactlyElementsOf(organizers());
        assertThat(jdbc.sql("select body from notification where survey_id = ? and kind = 'ESCALATION' limit 1")
                .param(survey.id()).query(String.class).single()).contains("Li Wei 李伟", "Wang Fang 王芳");
    }

    @Test
    void reviewTimersFollowTheReviewDueDateAndRemindTheReviewers() {
        Survey survey = surveys.inReview();
        Job reminder = processes.timer(processes.of(survey), "reviewReminderTimer");
        assertThat(reminder.getDuedate().toInstant())
                .isEqualTo(calendar.endOf(survey.dueDates().review()).minus(Duration.ofDays(2)));
        management.executeJob(reminder.getId());

        assertThat(recipientsOf(survey, NotificationKind.REMINDER)).containsExactly("m.ivanov", "zhou.qiang");
    }

    @Test
    void theDecisionOnARejectedReportIsRemindedAndEscalatedByTheApprovalDueDate() {
        Survey survey = surveys.inReview();
        surveys.reviewRound(survey, Recommendation.REJECT, Recommendation.ACCEPT);
        ProcessInstance process = processes.of(survey);

        Instant endOfDueDate = calendar.endOf(surveys.reload(survey).dueDates().approval());
        assertThat(processes.timer(process, "rejectionReminderTimer").getDuedate().toInstant())
                .isEqualTo(endOfDueDate.minus(Duration.ofDays(2)));
        assertThat(processes.timer(process, "rejectionOverdueTimer").getDuedate().toInstant()).isEqualTo(endOfDueDate);
    }

    @Test
    void aRevisionRoundGivesTheLeadTheRevisionPeriodAndKeepsTheSpacingOfLaterStages() {
        Survey survey = surveys.toReview(surveys.launchWithTightDeadlines());
        surveys.reviewRound(survey, Recommendation.MAJOR_REVISION, Recommendation.ACCEPT);

        Survey revised = surveys.reload(survey);
        assertThat(revised.dueDates().draft()).isEqualTo(calendar.today().plusDays(7));
        assertThat(revised.dueDates().review()).isEqualTo(calendar.today().plusDays(8));
        assertThat(revised.dueDates().approval()).isEqualTo(calendar.today().plusDays(9));
        assertThat(processes.tasksOf(processes.of(survey)).singleResult().getDueDate().toInstant())
                .isEqualTo(calendar.endOf(revised.dueDates().draft()));
    }

    @Test
    void everyNewTaskIsAnnouncedToItsHolders() {
        Survey survey = surveys.launch();

        List<String> holders = new java.util.ArrayList<>(List.of("li.wei", "li.wei", "wang.fang")); // plan, findings
        holders.addAll(organizers()); // the plan's approval
        assertThat(recipientsOf(survey, NotificationKind.ASSIGNMENT)).containsExactlyInAnyOrderElementsOf(holders);
    }

    @Test
    void draftTimersFollowTheDraftDueDateRemindTheLeadAndEscalateToTheOrganizers() {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);
        ProcessInstance process = processes.of(survey);
        Instant endOfDueDate = calendar.endOf(survey.dueDates().draft());

        Job reminder = processes.timer(process, "draftReminderTimer");
        Job overdue = processes.timer(process, "draftOverdueTimer");
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(endOfDueDate.minus(Duration.ofDays(2)));
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(endOfDueDate);
        management.executeJob(reminder.getId());
        management.executeJob(overdue.getId());

        assertThat(recipientsOf(survey, NotificationKind.REMINDER)).containsExactly("li.wei");
        assertThat(recipientsOf(survey, NotificationKind.ESCALATION)).containsExactlyElementsOf(organizers());
    }

    @Test
    void approvalTimersFollowTheApprovalDueDateAndRemindEveryOrganizer() {
        Survey survey = surveys.awaitingApproval();
        ProcessInstance process = processes.of(survey);
        Instant endOfDueDate = calendar.endOf(survey.dueDates().approval());

        Job reminder = processes.timer(process, "approvalReminderTimer");
        Job overdue = processes.timer(process, "approvalOverdueTimer");
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(endOfDueDate.minus(Duration.ofDays(2)));
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(endOfDueDate);
        management.executeJob(reminder.getId());
        management.executeJob(overdue.getId());

        assertThat(recipientsOf(survey, NotificationKind.REMINDER)).containsExactlyElementsOf(organizers());
        assertThat(recipientsOf(survey, NotificationKind.ESCALATION)).containsExactlyElementsOf(organizers());
        assertThat(processes.tasksOf(process).taskDefinitionKey(SurveyProcess.APPROVE_REPORT).count())
                .as("the approval stays open").isEqualTo(1);
    }
}
