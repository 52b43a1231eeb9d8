package org.thinktank.surveyflow.workflow.web;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.Nudge;
import org.thinktank.surveyflow.workflow.TaskNudges;

/**
 * The 催办 / Nudge button of an overdue task, on the investigation page and the dashboard: back to the page it was
 * pressed on, which says whom it told.
 */
@PageController
class NudgeWebController {

    private final TaskNudges nudges;

    NudgeWebController(TaskNudges nudges) {
        this.nudges = nudges;
    }

    @PostMapping("/surveys/{surveyId}/tasks/{taskId}/nudge")
    String nudge(Actor actor, @PathVariable long surveyId, @PathVariable String taskId,
                 @RequestParam(required = false) Long meetingId, RedirectAttributes redirect) {
        Nudge nudge = nudges.nudge(surveyId, taskId, actor);
        redirect.addFlashAttribute("nudgedHolder", nudge.holder());
        return meetingId != null ? "redirect:/meetings/" + meetingId + "/dashboard"
                : "redirect:/surveys/" + surveyId + "#steps";
    }
}
