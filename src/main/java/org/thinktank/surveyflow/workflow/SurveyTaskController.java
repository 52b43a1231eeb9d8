package org.thinktank.surveyflow.workflow;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.decision.DecisionForm;
import org.thinktank.surveyflow.plan.PlanDecisionForm;
import org.thinktank.surveyflow.review.ReviewForm;
import org.thinktank.surveyflow.security.Actor;

/**
 * An investigation's open tasks, and the same task completions as {@code /api/tasks/{id}/complete} addressed by
 * investigation: each completes the caller's open task of that kind.
 */
@RestController
@RequestMapping("/api/surveys/{surveyId}")
class SurveyTaskController {

    private final SurveyTasks surveyTasks;
    private final TaskInbox inbox;

    SurveyTaskController(SurveyTasks surveyTasks, TaskInbox inbox) {
        this.surveyTasks = surveyTasks;
        this.inbox = inbox;
    }

    /** The investigation's open tasks: who holds what, and when it is due. */
    @GetMapping("/tasks")
    List<TaskSummary> openTasks(Actor actor, @PathVariable long surveyId) {
        return inbox.openIn(surveyId, actor);
    }

    @PostMapping("/plan/submit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submitPlan(Actor actor, @PathVariable long surveyId) {
        surveyTasks.submitPlan(surveyId, actor);
    }

    @PostMapping("/plan/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decidePlan(Actor actor, @PathVariable long surveyId, @Valid @RequestBody PlanDecisionForm decision) {
        surveyTasks.decidePlan(surveyId, actor, decision);
    }

    @PostMapping("/findings/submit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submitFindings(Actor actor, @PathVariable long surveyId) {
        surveyTasks.submitFindings(surveyId, actor);
    }

    @PostMapping("/report/submit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submitReport(Actor actor, @PathVariable long surveyId) {
        surveyTasks.submitReport(surveyId, actor);
    }

    /** Takes back the submitted version while no reviewer has reviewed it yet. */
    @PostMapping("/report/recall")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recallReport(Actor actor, @PathVariable long surveyId) {
        surveyTasks.recallReport(surveyId, actor);
    }

    @PostMapping("/reviews")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void review(Actor actor, @PathVariable long surveyId, @Valid @RequestBody ReviewForm review) {
        surveyTasks.review(surveyId, actor, review);
    }

    @PostMapping("/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approve(Actor actor, @PathVariable long surveyId, @Valid @RequestBody DecisionForm decision) {
        surveyTasks.approve(surveyId, actor, decision);
    }

    @PostMapping("/rejection-decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decideRejection(Actor actor, @PathVariable long surveyId, @Valid @RequestBody DecisionForm decision) {
        surveyTasks.decideRejection(surveyId, actor, decision);
    }
}
