package org.thinktank.surveyflow.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.TeamPlace;

/**
 * The open tasks of a running investigation follow its team: a task passes to whoever takes its holder's place, a
 * declined review waits unassigned for the next reviewer, a newcomer during findings or review gets a task of their
 * own in the running multi-instance, and an organizer hands the awaited decision to another organizer. Each task
 * that changes hands keeps its multi-instance element variable ({@code researcher}, {@code reviewer}) equal to its
 * assignee, and its new holder is told. Callers change the team in the database in the same transaction.
 */
@Service
public class TeamTasks {

    private static final List<String> DECISIONS = List.of(SurveyProcess.APPROVE_REPORT, SurveyProcess.DECIDE_REJECTION);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Notifier notifier;

    TeamTasks(TaskService tasks, RuntimeService runtime, Notifier notifier) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.notifier = notifier;
    }

    /** Passes a member's open task of their place to another person; false when they hold none. */
    public boolean handOver(Survey survey, TeamPlace place, String from, String to) {
        Optional<Task> open = Optional.ofNullable(openOf(survey, place).taskAssignee(from).singleResult());
        open.ifPresent(task -> assign(survey, task, place, to));
        return open.isPresent();
    }

    /** Leaves a reviewer's open review task unassigned, for the next reviewer; false when they hold none. */
    public boolean release(Survey survey, String reviewer) {
        Task task = openOf(survey, TeamPlace.REVIEWER).taskAssignee(reviewer).singleResult();
        if (task == null) {
            return false;
        }
        tasks.setAssignee(task.getId(), null);
        runtime.setVariableLocal(task.getExecutionId(), elementVariable(TeamPlace.REVIEWER), null);
        return true;
    }

    /** How many review tasks wait for a reviewer, after declines. */
    public long waitingReviews(Survey survey) {
        return openOf(survey, TeamPlace.REVIEWER).taskUnassigned().count();
    }

    /**
     * Gives a person who joined a place a task of it when that step is under way: a review task that waits for a
     * reviewer if there is one, otherwise a new instance of the running multi-instance. Returns whether they got one.
     */
    public boolean giveTaskTo(Survey survey, TeamPlace place, String newcomer) {
        if (place == TeamPlace.REVIEWER) {
            Optional<Task> waiting = openOf(survey, place).taskUnassigned().list().stream().findFirst();
            if (waiting.isPresent()) {
                assign(survey, waiting.get(), place, newcomer);
                return true;
            }
        }
        ProcessInstance process = processOf(survey);
        String activity = taskKey(place);
        Optional<ActivityInstance> round = Arrays.stream(runtime.getActivityInstance(process.getId()).getChildActivityInstances())
                .filter(child -> (activity + "#multiInstanceBody").equals(child.getActivityId())).findFirst();
        round.ifPresent(body -> runtime.createProcessInstanceModification(process.getId())
                .startBeforeActivity(activity, body.getId())
                .setVariableLocal(elementVariable(place), newcomer)
                .execute());
        return round.isPresent();
    }

    /**
     * Hands the awaited approval or decision to an organizer. Refuses when none is awaited, and an organizer other
     * than the one it was handed to.
     */
    public void delegateDecision(Survey survey, String organizer, String delegate, String organizerName) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(survey.businessKey())
                .taskDefinitionKeyIn(DECISIONS.toArray(String[]::new)).singleResult();
        if (task == null) {
            throw new ConflictException(Reason.of("refusal.noDecisionAwaited", survey.businessKey(), survey.stage()));
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(organizer)) {
            throw new ForbiddenException(Reason.of("team.refused.decisionHeld", organizerName));
        }
        tasks.setAssignee(task.getId(), delegate);
    }

    /** Who the awaited decision was handed to, if it was. */
    public Optional<String> decisionHolder(Survey survey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(survey.businessKey())
                .taskDefinitionKeyIn(DECISIONS.toArray(String[]::new)).taskAssigned().list().stream()
                .map(Task::getAssignee).findFirst();
    }

    private void assign(Survey survey, Task task, TeamPlace place, String to) {
        tasks.setAssignee(task.getId(), to);
        runtime.setVariableLocal(task.getExecutionId(), elementVariable(place), to);
        Object version = runtime.getVariable(task.getExecutionId(), SurveyProcess.Variables.REPORT_VERSION);
        notifier.assigned(survey.id(), List.of(to), task.getName(), EngineDates.instant(task.getDueDate()),
                task.getTaskDefinitionKey() + ":v" + version);
    }

    private TaskQuery openOf(Survey survey, TeamPlace place) {
        return tasks.createTaskQuery().processInstanceBusinessKey(survey.businessKey()).taskDefinitionKey(taskKey(place));
    }

    private ProcessInstance processOf(Survey survey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(SurveyProcess.KEY)
                .processInstanceBusinessKey(survey.businessKey()).singleResult();
    }

    private static String taskKey(TeamPlace place) {
        return place == TeamPlace.RESEARCHER ? SurveyProcess.SUBMIT_FINDINGS : SurveyProcess.REVIEW_REPORT;
    }

    private static String elementVariable(TeamPlace place) {
        return place == TeamPlace.RESEARCHER ? SurveyProcess.Variables.RESEARCHER : SurveyProcess.Variables.REVIEWER;
    }
}
