package org.thinktank.surveyflow.workflow;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.SurveySelection;

/**
 * My tasks, and completing one with its fields. Both lists come a page at a time ({@code page} from 0, {@code size}
 * up to 200) with their total, and take the same filters: {@code surveyId}, {@code meetingId}, {@code kind} (repeated
 * or comma-separated task keys), {@code overdue=true}, and {@code sort=due} or {@code sort=-due}.
 */
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
    Page<TaskSummary> toDo(Actor actor, @RequestParam(required = false) Long surveyId,
                                 @RequestParam(required = false) Long meetingId,
                                 @RequestParam(required = false) List<String> kind,
                                 @RequestParam(defaultValue = "false") boolean overdue,
                                 @RequestParam(required = false) String sort, PageRequest page) {
        return inbox.toDo(actor, criteria(surveyId, meetingId, kind, overdue, sort), page);
    }

    @GetMapping("/done")
    Page<TaskSummary> done(Actor actor, @RequestParam(required = false) Long surveyId,
                                 @RequestParam(required = false) Long meetingId,
                                 @RequestParam(required = false) List<String> kind,
                                 @RequestParam(defaultValue = "false") boolean overdue,
                                 @RequestParam(required = false) String sort, PageRequest page) {
        return inbox.done(actor, criteria(surveyId, meetingId, kind, overdue, sort), page);
    }

    @PostMapping("/{taskId}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(Actor actor, @PathVariable String taskId, @RequestBody(required = false) JsonNode fields) {
        surveyTasks.complete(taskId, actor, fields);
    }

    private static TaskCriteria criteria(Long surveyId, Long meetingId, List<String> kinds, boolean overdue,
                                         String sort) {
        List<String> wanted = kinds == null ? List.of() : kinds.stream().map(String::strip)
                .filter(k -> !k.isEmpty()).toList();
        wanted.stream().filter(k -> !SurveyProcess.USER_TASKS.contains(k)).findFirst().ifPresent(unknown -> {
            throw InvalidRequestException.of(InputProblem.of("kind", "mismatch.notOneOf", InputText.quote(unknown),
                    Reason.of("expected.oneOf", new Reason.Values(List.copyOf(SurveyProcess.USER_TASKS),
                            SurveyProcess.USER_TASKS.stream().map(key -> Reason.of("task." + key)).toList()))));
        });
        return new TaskCriteria(new SurveySelection(surveyId, meetingId, null), Set.copyOf(wanted), overdue, null, Set.of(),
                TaskOrder.ofParam(sort));
    }
}
