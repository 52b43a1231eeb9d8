package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.thinktank.surveyflow.review.Recommendation.ACCEPT;
import static org.thinktank.surveyflow.review.Recommendation.MAJOR_REVISION;
import static org.thinktank.surveyflow.review.Recommendation.MINOR_REVISION;
import static org.thinktank.surveyflow.review.Recommendation.REJECT;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;

/** The survey-investigation model, path by path. */
@IntegrationTest
class SurveyProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Processes processes;
    @Autowired
    Surveys surveys;
    @Autowired
    ReportArchive reports;

    @BeforeEach
    void bindAssertionsToEngine() {
        AbstractAssertions.init(engine);
    }

    @Test
    void launchAsksEveryTeamResearcherForFindings() {
        Survey survey = surveys.launch();

        ProcessInstance process = processes.of(survey);
        assertThat(process).isWaitingAt(SurveyProcess.SUBMIT_FINDINGS);
        assertThat(processes.tasksOf(process).list())
                .extracting(task -> task.getAssignee()).containsExactlyInAnyOrder("li.wei", "wang.fang");
    }

    @Test
    void draftingWaitsForTheFindingsOfEveryResearcher() {
        Survey survey = surveys.launch();
        ProcessInstance process = processes.of(survey);

        surveys.submitFindings(survey, Surveys.LEAD);
        assertThat(process).isWaitingAt(SurveyProcess.SUBMIT_FINDINGS);

        surveys.submitFindings(survey, Surveys.RESEARCHER);
        assertThat(process).isWaitingAt(SurveyProcess.DRAFT_REPORT).task().isAssignedTo("li.wei");
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.DRAFTING);
    }

    @Test
    void reportAcceptedByAllReviewersAndApprovedIsPublished() {
        Survey survey = surveys.inReview();
        ProcessInstance process = processes.of(survey);
        assertThat(process).isWaitingAt(SurveyProcess.REVIEW_REPORT);

        surveys.reviewRound(survey, ACCEPT, ACCEPT);
        assertThat(process).isWaitingAt(SurveyProcess.APPROVE_REPORT);
        surveys.approval(survey, DecisionOutcome.APPROVE);

        assertThat(process).hasPassedInOrder(SurveyProcess.SUBMIT_FINDINGS, SurveyProcess.DRAFT_REPORT,
                SurveyProcess.REVIEW_REPORT, SurveyProcess.TALLY_REVIEWS, SurveyProcess.APPROVE_REPORT,
                SurveyProcess.PUBLISHED).isEnded();
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.PUBLISHED);
        assertThat(surveys.reload(survey).endedAt()).isNotNull();
    }

    @Test
    void anyRevisionSendsTheReportBackToTheLeadForANewVersion() {
        Survey survey = surveys.inReview();
        ProcessInstance process = processes.of(survey);

        surveys.reviewRound(survey, MINOR_REVISION, ACCEPT);

        assertThat(process).hasPassed(SurveyProcess.PLAN_REVISION).isWaitingAt(SurveyProcess.DRAFT_REPORT);
        surveys.submitDraft(survey, "v2");
        assertThat(process).isWaitingAt(SurveyProcess.REVIEW_REPORT);
        assertThat(reports.latestSubmittedNumber(survey.id())).isEqualTo(2);

        surveys.reviewRound(survey, ACCEPT, ACCEPT);
        assertThat(process).isWaitingAt(SurveyProcess.APPROVE_REPORT);
    }

    @Test
    void twoRevisionLoopsEndInApprovalOfTheThirdVersion() {
        Survey survey = surveys.inReview();
        ProcessInstance process = processes.of(survey);

        surveys.reviewRound(survey, MAJOR_REVISION, MINOR_REVISION);
        surveys.submitDraft(survey, "v2");
        surveys.reviewRound(survey, ACCEPT, MINOR_REVISION);
        surveys.submitDraft(survey, "v3");
        surveys.reviewRound(survey, ACCEPT, ACCEPT);
        surveys.approval(survey, DecisionOutcome.APPROVE);

        assertThat(process).isEnded().hasPassed(SurveyProcess.PUBLISHED);
        assertThat(reports.latestSubmittedNumber(survey.id())).isEqualTo(3);
    }

    @Test
    void aRejectGoesToTheOrganizersWhoMayCloseTheInvestigation() {
        Survey survey = surveys.inReview();
        ProcessInstance process = processes.of(survey);

        surveys.reviewRound(survey, REJECT, ACCEPT);
        assertThat(process).isWaitingAt(SurveyProcess.DECIDE_REJECTION).task().hasCandidateGroup("organizer");
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.DECISION);

        surveys.rejectionDecision(survey, DecisionOutcome.CLOSE);
        assertThat(process).hasPassed(SurveyProcess.CLOSED).isEnded();
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.CLOSED);
    }

    @Test
    void aRejectWinsOverARevisionRequest() {
        Survey survey = surveys.inReview();

        surveys.reviewRound(survey, MAJOR_REVISION, REJECT);

        assertThat(processes.of(survey)).isWaitingAt(SurveyProcess.DECIDE_REJECTION);
    }

    @Test
    void organizersMaySendARejectedReportBackForRevision() {
        Survey survey = surveys.inReview();
        ProcessInstance process = processes.of(survey);
        surveys.reviewRound(survey, REJECT, REJECT);

        surveys.rejectionDecision(survey, DecisionOutcome.SEND_BACK);

        assertThat(process).hasPassed(SurveyProcess.PLAN_REVISION).isWaitingAt(SurveyProcess.DRAFT_REPORT);
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.DRAFTING);
    }

    @Test
    void organizersMaySendAnAcceptedReportBackInsteadOfApprovingIt() {
        Survey survey = surveys.awaitingApproval();
        ProcessInstance process = processes.of(survey);

        surveys.approval(survey, DecisionOutcome.SEND_BACK);
        assertThat(process).isWaitingAt(SurveyProcess.DRAFT_REPORT);

        surveys.submitDraft(survey, "v2");
        surveys.reviewRound(survey, ACCEPT, ACCEPT);
        surveys.approval(survey, DecisionOutcome.APPROVE);
        assertThat(process).isEnded().hasPassed(SurveyProcess.PUBLISHED);
    }
}
