package org.thinktank.surveyflow.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
    private final HistoryService history;
    private final SurveyRegistry surveys;
    private final SurveyAccess access;
    private final WorkCalendar calendar;

    TaskInbox(TaskService tasks, HistoryService history, SurveyRegistry surveys,
              SurveyAccess access, WorkCalendar calendar) {
        this.tasks = tasks;
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
        Map<String, Survey> surveyOf = surveysOf(open.stream().map(Task::getProcessInstanceId).toList());
        Instant now = calendar.now();
        return open.stream().map(task -> {
            Survey survey = surveyOf.get(task.getProcessInstanceId());
            Instant due = EngineDates.instant(task.getDueDate());
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), survey.id(),
                    survey.businessKey(), survey.topic(), task.getAssignee(), EngineDates.instant(task.getCreateTime()), due,
                    due != null && due.isBefore(now), null);
        }).toList();
    }

    public List<TaskSummary> done(Actor actor) {
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(SurveyProcess.KEY).taskAssignee(actor.username()).finished()
                .orderByHistoricActivityInstanceStartTime().desc().list();
        Map<String, Survey> surveyOf = surveysOf(done.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        return done.stream().map(task -> {
            Survey survey = surveyOf.get(task.getProcessInstanceId());
            Instant due = EngineDates.instant(task.getDueDate());
            Instant completed = EngineDates.instant(task.getEndTime());
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), survey.id(),
                    survey.businessKey(), survey.topic(), task.getAssignee(), EngineDates.instant(task.getStartTime()), due,
                    due != null && completed.isAfter(due), completed);
        }).toList();
    }

    /**
     * The investigation of each process instance, from its surveyId variable. The history holds the variables of
     * running and ended instances alike (history level full), so one query serves open and done tasks.
     */
    private Map<String, Survey> surveysOf(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Survey> byId = new HashMap<>();
        return history.createHistoricVariableInstanceQuery().variableName(SurveyProcess.Variables.SURVEY_ID)
                .processInstanceIdIn(new HashSet<>(processInstanceIds).toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
                        v -> byId.computeIfAbsent(((Number) v.getValue()).longValue(), surveys::requireUnchecked),
                        (first, same) -> first));
    }

}
