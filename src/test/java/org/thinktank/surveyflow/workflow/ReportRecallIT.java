package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
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
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;

/** The lead may recall a submitted version until the first reviewer has reviewed it. */
@IntegrationTest
class ReportRecallIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Processes processes;
    @Autowired
    Surveys surveys;
    @Autowired
    ReportRecall recall;
    @Autowired
    ReportArchive reports;

    @BeforeEach
    void bindAssertionsToEngine() {
        AbstractAssertions.init(engine);
    }

    @Test
    void aRecalledVersionIsTheLeadsDraftAgainAndTheReviewTasksEnd() {
        Survey survey = surveys.inReview();

        assertThat(recall.recall(survey.id(), Surveys.LEAD)).isEqualTo(1);

        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.DRAFT_REPORT);
        assertThat(processes.of(survey)).hasPassed(SurveyProcess.REOPEN_DRAFT);
        assertThat(processes.tasksOf(processes.of(survey)).taskDefinitionKey(SurveyProcess.REVIEW_REPORT).count())
                .isZero();
        assertThat(reports.draft(survey.id(), Surveys.LEAD).number()).isEqualTo(1);
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.DRAFTING);
    }

    @Test
    void theRecalledVersionCanBeSubmittedAgainForTheSameReviewers() {
        Survey survey = surveys.inReview();
        recall.recall(survey.id(), Surveys.LEAD);

        surveys.submitDraft(survey, "v1 corrected");

        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.REVIEW_REPORT);
        assertThat(reports.submittedUnchecked(survey.id(), 1).status()).isEqualTo(VersionStatus.SUBMITTED);
        assertThat(reports.submittedUnchecked(survey.id(), 1).sections().summary()).contains("v1 corrected");
        surveys.reviewRound(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);
        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.APPROVE_REPORT);
    }

    @Test
    void onceAReviewerHasReviewedTheVersionItCannotBeRecalled() {
        Survey survey = surveys.inReview();
        surveys.completeReview(survey, Surveys.REVIEWER_1, Recommendation.ACCEPT);

        assertThatThrownBy(() -> recall.recall(survey.id(), Surveys.LEAD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has started");
        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.REVIEW_REPORT);
    }

    @Test
    void onlyTheLeadMayRecall() {
        Survey survey = surveys.inReview();

        assertThatThrownBy(() -> recall.recall(survey.id(), Surveys.RESEARCHER))
                .isInstanceOf(ForbiddenException.class);
        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.REVIEW_REPORT);
    }

    @Test
    void aVersionNotInReviewCannotBeRecalled() {
        Survey survey = surveys.launch();

        assertThatThrownBy(() -> recall.recall(survey.id(), Surveys.LEAD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only a version in review");
    }
}
