package org.thinktank.surveyflow.workflow.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** Opens the page on which a kind of task is done; the task list links here. */
@PageController
class TaskPageWebController {

    @GetMapping("/surveys/{surveyId}/tasks/{taskKey}")
    String open(@PathVariable long surveyId, @PathVariable String taskKey) {
        String page = switch (taskKey) {
            case SurveyProcess.SUBMIT_PLAN -> "plan/edit";
            case SurveyProcess.APPROVE_PLAN -> "plan/approval";
            case SurveyProcess.SUBMIT_FINDINGS -> "findings";
            case SurveyProcess.DRAFT_REPORT -> "report";
            case SurveyProcess.REVIEW_REPORT -> "review";
            case SurveyProcess.APPROVE_REPORT, SurveyProcess.DECIDE_REJECTION -> "decision";
            default -> throw new NotFoundException(Reason.of("refusal.noTaskPage"));
        };
        return "redirect:/surveys/" + surveyId + "/" + page;
    }
}
