package org.thinktank.surveyflow.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * The lead takes back a submitted version until its review has started, that is until the first reviewer has
 * submitted a review of it. The process's message boundary event on the review ends the open review tasks and
 * returns to drafting with the same version reopened as the draft.
 */
@Service
class ReportRecall {

    private final SurveyAccess access;
    private final ReportArchive reports;
    private final ReviewDesk reviews;
    private final RuntimeService runtime;

    ReportRecall(SurveyAccess access, ReportArchive reports, ReviewDesk reviews, RuntimeService runtime) {
        this.access = access;
        this.reports = reports;
        this.reviews = reviews;
        this.runtime = runtime;
    }

    @Transactional
    int recall(long surveyId, Actor actor) {
        Survey survey = access.ledBy(surveyId, actor);
        if (survey.stage() != SurveyStage.REVIEW) {
            throw new ConflictException(Reason.of("refusal.recallNotInReview", survey.businessKey(), survey.stage()));
        }
        int number = reports.latestSubmittedNumber(surveyId);
        if (reviews.allOfUnchecked(surveyId).stream().anyMatch(review -> review.versionNumber() == number)) {
            throw new ConflictException(Reason.of("refusal.reviewStarted", String.valueOf(number)));
        }
        runtime.createMessageCorrelation(SurveyProcess.REPORT_RECALLED)
                .processInstanceBusinessKey(survey.businessKey()).correlateWithResult();
        return number;
    }
}
