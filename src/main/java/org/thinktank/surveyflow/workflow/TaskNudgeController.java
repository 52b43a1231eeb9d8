package org.thinktank.surveyflow.workflow;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

/** Organizers nudge (催办) the holder of an overdue task of an investigation. */
@RestController
class TaskNudgeController {

    private final TaskNudges nudges;

    TaskNudgeController(TaskNudges nudges) {
        this.nudges = nudges;
    }

    @PostMapping("/api/surveys/{surveyId}/tasks/{taskId}/nudge")
    Nudge nudge(Actor actor, @PathVariable long surveyId, @PathVariable String taskId) {
        return nudges.nudge(surveyId, taskId, actor);
    }
}
