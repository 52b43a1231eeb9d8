package org.thinktank.surveyflow.workflow;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

/** My tasks, and completing one with its fields. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInbox inbox;
    private final SurveyTasks surveyTasks;

    TaskController(TaskInbox inbox, SurveyTasks surveyTasks) {
        this.inbox = inbox;
        this.surveyTasks = surveyTasks;
    }

    @GetMapping
    List<TaskSummary> toDo(Actor actor) {
        return inbox.toDo(actor);
    }

    @GetMapping("/done")
    List<TaskSummary> done(Actor actor) {
        return inbox.done(actor);
    }

    @PostMapping("/{taskId}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(Actor actor, @PathVariable String taskId, @RequestBody(required = false) JsonNode fields) {
        surveyTasks.complete(taskId, actor, fields);
    }
}
