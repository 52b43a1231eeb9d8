package org.thinktank.surveyflow.workflow;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.decision.DecisionForm;
import org.thinktank.surveyflow.review.ReviewForm;
import org.thinktank.surveyflow.security.Actor;

/**
 * The same task completions as {@code /api/tasks/{id}/complete}, addressed by investigation: each completes the
 * caller's open task of that kind.
 */
@RestController
@RequestMapping("/api/surveys/{surveyId}")
@ResponseStatus(HttpStatus.NO_CONTENT)
class SurveyTaskController {

    private final TaskCompletion completion;
    private final ReportRecall recall;

    SurveyTaskController(TaskCompletion completion, ReportRecall recall) {
        this.completion = completion;
        this.recall = recall;
    }

    @PostMapping("/findings/submit")
    void submitFindings(Actor actor, @PathVariable long surveyId) {
        completion.completeMine(surveyId, SurveyProcess.SUBMIT_FINDINGS, actor, new NoFields());
    }

    @PostMapping("/report/submit")
    void submitReport(Actor actor, @PathVariable long surveyId) {
        completion.completeMine(surveyId, SurveyProcess.DRAFT_REPORT, actor, new NoFields());
    }

    /** Takes back the submitted version while no reviewer has reviewed it yet. */
    @PostMapping("/report/recall")
    void recallReport(Actor actor, @PathVariable long surveyId) {
        recall.recall(surveyId, actor);
    }

    @PostMapping("/reviews")
    void review(Actor actor, @PathVariable long surveyId, @Valid @RequestBody ReviewForm review) {
        completion.completeMine(surveyId, SurveyProcess.REVIEW_REPORT, actor, review);
    }

    @PostMapping("/approval")
    void approve(Actor actor, @PathVariable long surveyId, @Valid @RequestBody DecisionForm decision) {
        completion.completeMine(surveyId, SurveyProcess.APPROVE_REPORT, actor, decision);
    }

    @PostMapping("/rejection-decision")
    void decideRejection(Actor actor, @PathVariable long surveyId, @Valid @RequestBody DecisionForm decision) {
        completion.completeMine(surveyId, SurveyProcess.DECIDE_REJECTION, actor, decision);
    }
}
