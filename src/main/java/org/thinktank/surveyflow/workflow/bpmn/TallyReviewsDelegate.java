package org.thinktank.surveyflow.workflow.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** Sets {@code reviewOutcome} (ACCEPT, REVISE or REJECT) from the reviews of the version under review. */
@Component
class TallyReviewsDelegate implements JavaDelegate {

    private final ReviewDesk reviews;

    TallyReviewsDelegate(ReviewDesk reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(SurveyProcess.Variables.REVIEW_OUTCOME, reviews.outcomeOf(
                SurveyProcess.surveyId(execution), SurveyProcess.reportVersion(execution)).name());
    }
}
