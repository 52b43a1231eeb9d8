package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.VersionStatus;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Investigations;

/** The lead may recall a submitted version until the first reviewer has reviewed it. */
@IntegrationTest
class ReportRecallIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Investigations investigations;
    @Autowired
    ReportRecall recall;
    @Autowired
    ReportArchive reports;

    @BeforeEach
    void bindAssertionsToEngine() {
        AbstractAssertions.init(engine);
    }

    private ProcessInstance processOf(Survey survey) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(survey.businessKey()).singleResult();
    }

    @Test
    void aRecalledVersionIsTheLeadsDraftAgainAndTheReviewTasksEnd() {
        Survey survey = investigations.inReview();

        assertThat(recall.recall(survey.id(), Investigations.LEAD)).isEqualTo(1);

        assertThat(processOf(survey)).isWaitingAt(SurveyProcess.DRAFT_REPORT);
        assertThat(processOf(survey)).hasPassed(SurveyProcess.REOPEN_DRAFT);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(processOf(survey).getId())
                .taskDefinitionKey(SurveyProcess.REVIEW_REPORT).count()).isZero();
        assertThat(reports.draft(survey.id(), Investigations.LEAD).number()).isEqualTo(1);
        assertThat(investigations.reload(survey).stage()).isEqualTo(SurveyStage.DRAFTING);
    }

    @Test
    void theRecalledVersionCanBeSubmittedAgainForTheSameReviewers() {
        Survey survey = investigations.inReview();
        recall.recall(survey.id(), Investigations.LEAD);

        investigations.submitDraft(survey, "v1 corrected");

        assertThat(processOf(survey)).isWaitingAt(SurveyProcess.REVIEW_REPORT);
        assertThat(reports.submittedUnchecked(survey.id(), 1).status()).isEqualTo(VersionStatus.SUBMITTED);
        assertThat(reports.submittedUnchecked(survey.id(), 1).sections().summary()).contains("v1 corrected");
        investigations.reviewRound(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);
        assertThat(processOf(survey)).isWaitingAt(SurveyProcess.APPROVE_REPORT);
    }

    @Test
    void onceAReviewerHasReviewedTheVersionItCannotBeRecalled() {
        Survey survey = investigations.inReview();
        investigations.completeReview(survey, Investigations.REVIEWER_1, Recommendation.ACCEPT);

        assertThatThrownBy(() -> recall.recall(survey.id(), Investigations.LEAD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has started");
        assertThat(processOf(survey)).isWaitingAt(SurveyProcess.REVIEW_REPORT);
    }

    @Test
    void onlyTheLeadMayRecall() {
        Survey survey = investigations.inReview();

        assertThatThrownBy(() -> recall.recall(survey.id(), Investigations.RESEARCHER))
                .isInstanceOf(ForbiddenException.class);
        assertThat(processOf(survey)).isWaitingAt(SurveyProcess.REVIEW_REPORT);
    }

    @Test
    void aVersionNotInReviewCannotBeRecalled() {
        Survey survey = investigations.launch();

        assertThatThrownBy(() -> recall.recall(survey.id(), Investigations.LEAD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only a version in review");
    }
}
