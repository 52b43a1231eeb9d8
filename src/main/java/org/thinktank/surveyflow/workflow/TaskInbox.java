package org.thinktank.surveyflow.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.time.WorkCalendar;

/** Each person's tasks: what is theirs to do (assigned to them or to their role's group) and what they did. */
@Service
public class TaskInbox {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final SurveyRegistry surveys;
    private final SurveyAccess access;
    private final WorkCalendar calendar;

    TaskInbox(TaskService tasks, RuntimeService runtime, HistoryService history, SurveyRegistry surveys,
              SurveyAccess access, WorkCalendar calendar) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.surveys = surveys;
        this.access = access;
        this.calendar = calendar;
    }

    public List<TaskSummary> toDo(Actor actor) {
        return summaries(tasks.createTaskQuery().processDefinitionKey(SurveyProcess.KEY)
                .or().taskAssignee(actor.username()).taskCandidateGroup(actor.role().group()).endOr()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list());
    }

    /** The open tasks of one investigation, for those who may see it. */
    public List<TaskSummary> openIn(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        return summaries(tasks.createTaskQuery().processInstanceBusinessKey(survey.businessKey())
                .orderByDueDate().asc().orderByTaskAssignee().asc().list());
    }

    private List<TaskSummary> summaries(List<Task> open) {
        Set<String> instances = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> surveyIds = instances.isEmpty() ? Map.of()
                : runtime.createVariableInstanceQuery().variableName(SurveyProcess.SURVEY_ID)
                        .processInstanceIdIn(instances.toArray(String[]::new)).list().stream()
                        .collect(Collectors.toMap(VariableInstance::getProcessInstanceId,
                                v -> ((Number) v.getValue()).longValue(), (a, b) -> a));
        Map<Long, Survey> cache = new HashMap<>();
        Instant now = calendar.now();
        return open.stream().map(task -> {
            Survey survey = cache.computeIfAbsent(surveyIds.get(task.getProcessInstanceId()), surveys::require);
            Instant due = toInstant(task.getDueDate());
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), survey.id(),
                    survey.businessKey(), survey.topic(), task.getAssignee(), toInstant(task.getCreateTime()), due,
                    due != null && due.isBefore(now), null);
        }).toList();
    }

    public List<TaskSummary> done(Actor actor) {
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(SurveyProcess.KEY).taskAssignee(actor.username()).finished()
                .orderByHistoricActivityInstanceStartTime().desc().list();
        Set<String> instances = done.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> surveyIds = instances.isEmpty() ? Map.of()
                : history.createHistoricVariableInstanceQuery().variableName(SurveyProcess.SURVEY_ID)
                        .processInstanceIdIn(instances.toArray(String[]::new)).list().stream()
                        .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
                                v -> ((Number) v.getValue()).longValue(), (a, b) -> a));
        Map<Long, Survey> cache = new HashMap<>();
        return done.stream().map(task -> {
            Survey survey = cache.computeIfAbsent(surveyIds.get(task.getProcessInstanceId()), surveys::require);
            Instant due = toInstant(task.getDueDate());
            Instant completed = toInstant(task.getEndTime());
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), survey.id(),
                    survey.businessKey(), survey.topic(), task.getAssignee(), toInstant(task.getStartTime()), due,
                    due != null && completed.isAfter(due), completed);
        }).toList();
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
