package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.plan.PlanDecision;
import org.thinktank.surveyflow.plan.PlanReader;
import org.thinktank.surveyflow.plan.PlanStatus;
import org.thinktank.surveyflow.plan.PlanVersion;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/** The survey plan stage of the model, path by path: the findings open only once an organizer approves the plan. */
@IntegrationTest
class SurveyPlanProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    Processes processes;
    @Autowired
    Surveys surveys;
    @Autowired
    PlanReader plans;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void bindAssertionsToEngine() {
        AbstractAssertions.init(engine);
    }

    @Test
    void launchAsksTheLeadForAPlanAndNoOneForFindings() {
        Survey survey = surveys.launchInPlanning();

        ProcessInstance process = processes.of(survey);
        assertThat(process).isWaitingAt(SurveyProcess.SUBMIT_PLAN).task().isAssignedTo("li.wei");
        assertThat(processes.tasksOf(process).taskDefinitionKey(SurveyProcess.SUBMIT_FINDINGS).count()).isZero();
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.PLANNING);
    }

    @Test
    void findingsCannotBeSubmittedWhileThePlanIsBeingMade() {
        Survey survey = surveys.launchInPlanning();

        assertThatThrownBy(() -> surveys.submitFindings(survey, Surveys.LEAD)).isInstanceOf(ConflictException.class);
        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.SUBMIT_PLAN);
    }

    @Test
    void aSubmittedPlanWaitsForTheOrganizersAndStillNoFindingsOpen() {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "目标 v1");

        ProcessInstance process = processes.of(survey);
        assertThat(process).isWaitingAt(SurveyProcess.APPROVE_PLAN).task().hasCandidateGroup("organizer");
        assertThat(processes.tasksOf(process).taskDefinitionKey(SurveyProcess.SUBMIT_FINDINGS).count()).isZero();
        assertThat(survey.stage()).isEqualTo(SurveyStage.PLANNING);
    }

    @Test
    void aPlanApprovedTheFirstTimeOpensTheFindingsOfEveryResearcher() {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "目标 v1");

        surveys.decidePlan(survey, PlanDecision.APPROVE, null);

        ProcessInstance process = processes.of(survey);
        assertThat(process).hasPassedInOrder(SurveyProcess.SUBMIT_PLAN, SurveyProcess.APPROVE_PLAN)
                .isWaitingAt(SurveyProcess.SUBMIT_FINDINGS);
        assertThat(processes.tasksOf(process).list()).extracting(task -> task.getAssignee())
                .containsExactlyInAnyOrder("li.wei", "wang.fang");
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.FINDINGS);
        assertThat(plans.versions(survey.id(), Surveys.ORGANIZER)).extracting(PlanVersion::status)
                .containsExactly(PlanStatus.APPROVED);
    }

    @Test
    void aPlanSentBackTwiceIsApprovedInItsThirdVersion() {
        Survey survey = surveys.launchInPlanning();

        surveys.submitPlan(survey, "目标 v1");
        surveys.decidePlan(survey, PlanDecision.SEND_BACK, "请明确调研地点 Name the sites");
        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.SUBMIT_PLAN);
        surveys.submitPlan(survey, "目标 v2");
        surveys.decidePlan(survey, PlanDecision.SEND_BACK, "请补充问卷 Add the questionnaire");
        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.SUBMIT_PLAN);
        surveys.submitPlan(survey, "目标 v3");
        surveys.decidePlan(survey, PlanDecision.APPROVE, null);

        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.SUBMIT_FINDINGS);
        List<PlanVersion> versions = plans.versions(survey.id(), Surveys.ORGANIZER);
        assertThat(versions).extracting(PlanVersion::number).containsExactly(1, 2, 3);
        assertThat(versions).extracting(PlanVersion::status)
                .containsExactly(PlanStatus.SENT_BACK, PlanStatus.SENT_BACK, PlanStatus.APPROVED);
        assertThat(versions).extracting(PlanVersion::decisionComment)
                .containsExactly("请明确调研地点 Name the sites", "请补充问卷 Add the questionnaire", null);
        assertThat(versions.get(2).content().objectives()).isEqualTo("目标 v3");
    }

    @Test
    void bothPlanTasksAreDueAtTheEndOfThePlanDueDate() {
        Survey survey = surveys.launchInPlanning();
        Instant endOfPlanDue = calendar.endOf(survey.dueDates().plan());

        assertThat(processes.tasksOf(processes.of(survey)).singleResult().getDueDate().toInstant()).isEqualTo(endOfPlanDue);
        surveys.submitPlan(survey, "目标 v1");
        assertThat(processes.tasksOf(processes.of(survey)).singleResult().getDueDate().toInstant()).isEqualTo(endOfPlanDue);
    }

    @Test
    void thePlanTaskIsRemindedAheadOfThePlanDueDateAndEscalatedAfterIt() {
        Survey survey = surveys.launchInPlanning();
        ProcessInstance process = processes.of(survey);
        Instant endOfPlanDue = calendar.endOf(survey.dueDates().plan());

        assertThat(processes.timer(process, "planReminderTimer").getDuedate().toInstant())
                .isEqualTo(endOfPlanDue.minus(Duration.ofDays(2)));
        assertThat(processes.timer(process, "planOverdueTimer").getDuedate().toInstant()).isEqualTo(endOfPlanDue);

        processes.runTimer(survey, "planReminderTimer");
        processes.runTimer(survey, "planOverdueTimer");

        assertThat(recipientsOf(survey, "REMINDER")).containsExactly("li.wei");
        assertThat(recipientsOf(survey, "ESCALATION")).isNotEmpty().doesNotContain("li.wei");
        assertThat(process).isWaitingAt(SurveyProcess.SUBMIT_PLAN);
    }

    @Test
    void thePlanApprovalIsRemindedToTheOrganizersByThePlanDueDate() {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "目标 v1");
        ProcessInstance process = processes.of(survey);
        Instant endOfPlanDue = calendar.endOf(survey.dueDates().plan());

        assertThat(processes.timer(process, "planApprovalReminderTimer").getDuedate().toInstant())
                .isEqualTo(endOfPlanDue.minus(Duration.ofDays(2)));
        assertThat(processes.timer(process, "planApprovalOverdueTimer").getDuedate().toInstant()).isEqualTo(endOfPlanDue);
        processes.runTimer(survey, "planApprovalReminderTimer");

        assertThat(recipientsOf(survey, "REMINDER")).contains("organizer").doesNotContain("li.wei");
    }

    private List<String> recipientsOf(Survey survey, String kind) {
        return jdbc.sql("select recipient from notification where survey_id = ? and kind = ? order by recipient")
                .params(survey.id(), kind).query(String.class).list();
    }
}
