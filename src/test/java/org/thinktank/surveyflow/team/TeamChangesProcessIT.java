package org.thinktank.surveyflow.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.thinktank.surveyflow.review.Recommendation.ACCEPT;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.decision.DecisionForm;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.review.Review;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.ConflictOverride;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.TeamPlace;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * Changes of team on running investigations, path by path: the open tasks follow the people, in the running
 * multi-instance. Demo people: wu.jing (reviewer), sun.hui and anna.k (researchers) are at one institution; liu.yang
 * is a researcher elsewhere; organizer2 is a second organizer.
 */
@IntegrationTest
class TeamChangesProcessIT {

    private static final Actor WU_JING = new Actor("wu.jing", Role.REVIEWER);
    private static final Actor ORGANIZER_2 = new Actor("organizer2", Role.ORGANIZER);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Processes processes;
    @Autowired
    Surveys surveys;
    @Autowired
    TeamChanges changes;
    @Autowired
    DecisionDelegation delegation;
    @Autowired
    SurveyTasks surveyTasks;
    @Autowired
    ReviewDesk reviews;

    @BeforeEach
    void bindAssertionsToEngine() {
        AbstractAssertions.init(engine);
    }

    private List<Task> openTasks(Survey survey, String assignee) {
        return processes.tasksOf(processes.of(survey)).taskAssignee(assignee).list();
    }

    @Test
    void aDeclinedReviewWaitsUnassignedAndTheReplacementsReviewCountsInTheRound() {
        Survey survey = surveys.inReview();

        changes.decline(survey.id(), Surveys.REVIEWER_2, "我与课题组有合作 I work with the team");
        Task waiting = processes.tasksOf(processes.of(survey)).taskUnassigned().singleResult();
        assertThat(waiting.getTaskDefinitionKey()).isEqualTo("reviewReport");
        assertThat(surveys.reload(survey).reviewers()).containsExactly("zhou.qiang");

        changes.add(survey.id(), TeamPlace.REVIEWER, "wu.jing", null, Surveys.ORGANIZER);
        assertThat(processes.tasksOf(processes.of(survey)).taskId(waiting.getId()).singleResult().getAssignee())
                .isEqualTo("wu.jing");
        assertThat(runtime.getVariableLocal(waiting.getExecutionId(), "reviewer")).isEqualTo("wu.jing");
        assertThat(processes.tasksOf(processes.of(survey)).count()).isEqualTo(2);

        surveys.completeReview(survey, Surveys.REVIEWER_1, ACCEPT);
        surveys.completeReview(survey, WU_JING, ACCEPT);
        assertThat(processes.of(survey)).isWaitingAt("approveReport");
        assertThat(reviews.allOfUnchecked(survey.id())).extracting(Review::reviewer)
                .containsExactlyInAnyOrder("zhou.qiang", "wu.jing");
    }

    @Test
    void aResearcherAddedDuringFindingsHoldsUpDraftingUntilTheyHandInToo() {
        Survey survey = surveys.launch();
        ProcessInstance process = processes.of(survey);

        changes.add(survey.id(), TeamPlace.RESEARCHER, "liu.yang", null, Surveys.ORGANIZER);
        assertThat(openTasks(survey, "liu.yang")).hasSize(1);
        surveys.allFindingsIn(survey);
        assertThat(process).isWaitingAt("submitFindings");

        surveys.submitFindings(survey, new Actor("liu.yang", Role.RESEARCHER));
        assertThat(process).isWaitingAt("draftReport");
    }

    @Test
    void aReviewerAddedDuringReviewGetsATaskAndTheRoundWaitsForThem() {
        Survey survey = surveys.inReview();

        changes.add(survey.id(), TeamPlace.REVIEWER, "wu.jing", null, Surveys.ORGANIZER);
        assertThat(openTasks(survey, "wu.jing")).extracting(Task::getTaskDefinitionKey).containsExactly("reviewReport");
        surveys.reviewRound(survey, ACCEPT, ACCEPT);
        assertThat(processes.of(survey)).isWaitingAt("reviewReport");

        surveys.completeReview(survey, WU_JING, ACCEPT);
        assertThat(processes.of(survey)).isWaitingAt("approveReport");
    }

    @Test
    void aReplacedResearchersOpenFindingsTaskPassesToTheReplacement() {
        Survey survey = surveys.launch();

        changes.replace(survey.id(), TeamPlace.RESEARCHER, "wang.fang", "liu.yang", null, Surveys.ORGANIZER);
        assertThat(openTasks(survey, "wang.fang")).isEmpty();
        Task moved = openTasks(survey, "liu.yang").get(0);
        assertThat(runtime.getVariableLocal(moved.getExecutionId(), "researcher")).isEqualTo("liu.yang");

        surveys.submitFindings(survey, Surveys.LEAD);
        surveys.submitFindings(survey, new Actor("liu.yang", Role.RESEARCHER));
        assertThat(processes.of(survey)).isWaitingAt("draftReport");
        assertThat(surveys.reload(survey).team()).containsExactly("li.wei", "liu.yang");
    }

    @Test
    void aReplacementReviewerFromTheAuthorsInstitutionIsRefusedThenAcceptedWithAnOverride() {
        Survey survey = surveys.toReviewByItsTeam(surveys.launchWith("sun.hui", List.of("anna.k"),
                List.of("zhou.qiang", "m.ivanov")));

        assertThatThrownBy(() -> changes.replace(survey.id(), TeamPlace.REVIEWER, "m.ivanov", "wu.jing", null,
                Surveys.ORGANIZER)).isInstanceOf(InvalidRequestException.class);
        assertThat(openTasks(survey, "m.ivanov")).hasSize(1);
        assertThat(surveys.reload(survey).reviewers()).containsExactly("m.ivanov", "zhou.qiang");

        changes.replace(survey.id(), TeamPlace.REVIEWER, "m.ivanov", "wu.jing",
                new ConflictOverride("唯一熟悉该领域的专家 The only expert in the field"), Surveys.ORGANIZER);
        assertThat(openTasks(survey, "m.ivanov")).isEmpty();
        assertThat(openTasks(survey, "wu.jing")).hasSize(1);
    }

    @Test
    void aDelegatedApprovalIsTakenByTheDelegateAlone() {
        Survey survey = surveys.awaitingApproval();

        delegation.delegate(survey.id(), Surveys.ORGANIZER, "organizer2");
        assertThat(openTasks(survey, "organizer2")).extracting(Task::getTaskDefinitionKey)
                .containsExactly("approveReport");
        assertThatThrownBy(() -> surveys.approval(survey, DecisionOutcome.APPROVE))
                .isInstanceOf(ForbiddenException.class);

        surveyTasks.approve(survey.id(), ORGANIZER_2, new DecisionForm(DecisionOutcome.APPROVE, null));
        assertThat(processes.of(survey)).isNull();
    }
}
