package org.thinktank.surveyflow.workflow.task;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.review.ReviewForm;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.workflow.SurveyProcess;

@Component
class ReviewReportAction implements TaskAction<ReviewForm> {

    private final ReviewDesk reviews;

    ReviewReportAction(ReviewDesk reviews) {
        this.reviews = reviews;
    }

    @Override
    public String taskKey() {
        return SurveyProcess.REVIEW_REPORT;
    }

    @Override
    public Class<ReviewForm> formType() {
        return ReviewForm.class;
    }

    @Override
    public Map<String, Object> perform(TaskAtHand task, Actor actor, ReviewForm form) {
        reviews.record(task.surveyId(), task.reportVersion(), actor.username(), form);
        return Map.of();
    }
}
