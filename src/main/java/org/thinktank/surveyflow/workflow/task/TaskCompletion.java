package org.thinktank.surveyflow.workflow.task;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/**
 * Completes user tasks: checks that the caller holds the task, lets the task's {@link TaskAction} do its domain
 * work, then completes the task with the variables the gateways read. All of it is one transaction, so a refusal
 * anywhere leaves nothing half written.
 */
@Service
public class TaskCompletion {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final SurveyAccess access;
    private final SurveyRegistry surveys;
    private final FormReader forms;
    private final Map<String, TaskAction<?>> actions;

    TaskCompletion(TaskService tasks, RuntimeService runtime, HistoryService history, SurveyAccess access,
                   SurveyRegistry surveys, FormReader forms, List<TaskAction<?>> actions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.access = access;
        this.surveys = surveys;
        this.forms = forms;
        this.actions = actions.stream().collect(Collectors.toMap(TaskAction::taskKey, Function.identity()));
    }

    /** Completes a task by id with its fields as JSON. */
    @Transactional
    public void complete(String taskId, Actor actor, JsonNode fields) {
        Task task = openTask(taskId, actor);
        requireHolder(task, actor);
        TaskAction<?> action = actionFor(task);
        run(task, actor, action, forms.read(fields, action.formType()));
    }

    /** Completes the caller's open task of the given kind, one that takes no fields, on an investigation. */
    @Transactional
    public void completeMine(long surveyId, String taskKey, Actor actor) {
        completeMine(surveyId, taskKey, actor, new NoFields());
    }

    /** Completes the caller's open task of the given kind on an investigation. */
    @Transactional
    public void completeMine(long surveyId, String taskKey, Actor actor, Object form) {
        Survey survey = access.visible(surveyId, actor);
        List<Task> open = tasks.createTaskQuery()
                .processInstanceBusinessKey(survey.businessKey()).taskDefinitionKey(taskKey).list();
        if (open.isEmpty()) {
            throw new ConflictException(Reason.of("refusal.noOpenTask", Reason.of("task." + taskKey),
                    survey.businessKey(), survey.stage()));
        }
        Task task = open.stream().filter(candidate -> isHeldBy(candidate, actor)).findFirst()
                .orElseThrow(() -> refusalForNonHolder(open.get(0), actor, survey));
        run(task, actor, actionFor(task), form);
    }

    private <F> void run(Task task, Actor actor, TaskAction<F> action, Object form) {
        Map<String, Object> variables = runtime.getVariables(task.getProcessInstanceId());
        Map<String, Object> outcome = action.perform(new TaskAtHand(task, variables), actor, action.formType().cast(form));
        if (task.getAssignee() == null) {
            tasks.setAssignee(task.getId(), actor.username()); // so history records who completed it
        }
        tasks.complete(task.getId(), outcome);
    }

    /** A double submit is a conflict; anything else is someone else's task. */
    private RuntimeException refusalForNonHolder(Task open, Actor actor, Survey survey) {
        boolean alreadyDone = history.createHistoricTaskInstanceQuery()
                .processInstanceId(open.getProcessInstanceId()).taskDefinitionKey(open.getTaskDefinitionKey())
                .taskAssignee(actor.username()).finished().count() > 0;
        if (alreadyDone) {
            return new ConflictException(Reason.of("refusal.taskAlreadyDone",
                    Reason.of("task." + open.getTaskDefinitionKey()), survey.businessKey()));
        }
        return new ForbiddenException(Reason.of("refusal.notYourTask",
                Reason.of("task." + open.getTaskDefinitionKey()), survey.businessKey()));
    }

    /**
     * The open task, for someone who may see its investigation. To anyone else a task of an investigation they may
     * not see does not exist: its name and state are not theirs to learn.
     */
    private Task openTask(String taskId, Actor actor) {
        HistoricTaskInstance known = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (known == null || !access.canSee(surveys.requireUnchecked(surveyIdOf(known)), actor)) {
            throw new NotFoundException(Reason.of("refusal.noTask", taskId));
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new ConflictException(Reason.of("refusal.taskCompleted", taskId,
                    Reason.of("task." + known.getTaskDefinitionKey())));
        }
        return task;
    }

    private long surveyIdOf(HistoricTaskInstance task) {
        return ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName(SurveyProcess.Variables.SURVEY_ID).singleResult().getValue()).longValue();
    }

    private void requireHolder(Task task, Actor actor) {
        if (!isHeldBy(task, actor)) {
            throw new ForbiddenException(Reason.of(task.getAssignee() != null ? "refusal.taskOfSomeoneElse"
                    : "refusal.taskOfAnotherRole", task.getId(), Reason.of("task." + task.getTaskDefinitionKey())));
        }
    }

    private boolean isHeldBy(Task task, Actor actor) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(actor.username());
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && actor.role().group().equals(link.getGroupId()));
    }

    private TaskAction<?> actionFor(Task task) {
        TaskAction<?> action = actions.get(task.getTaskDefinitionKey());
        if (action == null) {
            throw new IllegalStateException("No action completes tasks of kind " + task.getTaskDefinitionKey());
        }
        return action;
    }
}
