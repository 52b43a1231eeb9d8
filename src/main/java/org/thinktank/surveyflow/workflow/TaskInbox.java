package org.thinktank.surveyflow.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveySelection;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Each person's tasks: what is theirs to do (assigned to them or to their role's group) and what they did, a page at
 * a time. However long the lists, a page takes the same few statements: the investigations a filter names, the
 * engine's count and page, the page's investigations.
 */
@Service
public class TaskInbox {

    private final TaskService tasks;
    private final HistoryService history;
    private final DoneTaskRepository doneTasks;
    private final SurveyRegistry surveys;
    private final SurveyAccess access;
    private final WorkCalendar calendar;

    TaskInbox(TaskService tasks, HistoryService history, DoneTaskRepository doneTasks, SurveyRegistry surveys,
              SurveyAccess access, WorkCalendar calendar) {
        this.tasks = tasks;
        this.history = history;
        this.doneTasks = doneTasks;
        this.surveys = surveys;
        this.access = access;
        this.calendar = calendar;
    }

    public Page<TaskSummary> toDo(Actor actor, TaskCriteria criteria, PageRequest page) {
        TaskScope scope = scope(criteria);
        if (scope.matchesNothing()) {
            return Page.empty(page);
        }
        Instant now = calendar.now();
        TaskQuery query = openTasks(actor, scope, now);
        long total = query.count();
        List<Task> open = page.offset() < total ? query.listPage(Math.toIntExact(page.offset()), page.size()) : List.of();
        return Page.of(summaries(open, now), page, total);
    }

    /** How many tasks someone has to do, and how many of them are overdue. */
    public OpenTaskCount openCount(Actor actor) {
        Instant now = calendar.now();
        TaskScope all = scope(TaskCriteria.ALL);
        TaskScope overdue = new TaskScope(null, Set.of(), true, null, Set.of(), null);
        return new OpenTaskCount(openTasks(actor, all, now).count(), openTasks(actor, overdue, now).count());
    }

    /** The open tasks of one investigation, for those who may see it. */
    public List<TaskSummary> openIn(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        return summaries(tasks.createTaskQuery().processDefinitionKey(SurveyProcess.KEY)
                .processInstanceBusinessKey(survey.businessKey())
                .orderByDueDate().asc().orderByTaskAssignee().asc().list(), calendar.now());
    }

    public Page<TaskSummary> done(Actor actor, TaskCriteria criteria, PageRequest page) {
        TaskScope scope = scope(criteria);
        if (scope.matchesNothing()) {
            return Page.empty(page);
        }
        long total = doneTasks.count(actor.username(), scope);
        List<HistoricTaskInstance> done = page.offset() < total
                ? doneTasks.page(actor.username(), scope, Math.toIntExact(page.offset()), page.size()) : List.of();
        Map<String, Survey> surveyOf = surveysOf(done.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        return Page.of(done.stream().map(task -> {
            Survey survey = surveyOf.get(task.getProcessInstanceId());
            Instant due = EngineDates.instant(task.getDueDate());
            Instant completed = EngineDates.instant(task.getEndTime());
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), survey.id(),
                    survey.businessKey(), survey.topic(), task.getAssignee(), EngineDates.instant(task.getStartTime()), due,
                    due != null && completed.isAfter(due), completed);
        }).toList(), page, total);
    }

    /** The criteria's investigations as business keys: no statement without a filter, one for each filter. */
    private TaskScope scope(TaskCriteria criteria) {
        SurveySelection investigations = criteria.investigations();
        Set<String> keys = investigations.keepsAll() ? null : surveys.businessKeysUnchecked(investigations);
        Set<String> textKeys = criteria.text() == null ? null : surveys.businessKeysUnchecked(
                new SurveySelection(investigations.surveyId(), investigations.meetingId(), criteria.text()));
        return new TaskScope(keys, criteria.kinds(), criteria.overdueOnly(), textKeys, criteria.kindsNamed(),
                criteria.order());
    }

    private TaskQuery openTasks(Actor actor, TaskScope scope, Instant now) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(SurveyProcess.KEY)
                .or().taskAssignee(actor.username()).taskCandidateGroup(actor.role().group()).endOr();
        if (scope.keys() != null) {
            query.processInstanceBusinessKeyIn(scope.keys().toArray(String[]::new));
        }
        if (!scope.kinds().isEmpty()) {
            query.taskDefinitionKeyIn(scope.kinds().toArray(String[]::new));
        }
        if (scope.overdueOnly()) {
            query.dueBefore(Date.from(now));
        }
        if (scope.hasText()) {
            TaskQuery either = query.or(); // the engine's "or" is a query of its own, ended by endOr()
            if (!scope.textKeys().isEmpty()) {
                either.processInstanceBusinessKeyIn(scope.textKeys().toArray(String[]::new));
            }
            if (!scope.kindsNamed().isEmpty()) {
                either.taskDefinitionKeyIn(scope.kindsNamed().toArray(String[]::new));
            }
            either.endOr();
        }
        if (scope.order() == TaskOrder.DUE_LAST_FIRST) {
            query.orderByDueDate().desc();
        } else {
            query.orderByDueDate().asc();
        }
        return query.orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    private List<TaskSummary> summaries(List<Task> open, Instant now) {
        Map<String, Survey> surveyOf = surveysOf(open.stream().map(Task::getProcessInstanceId).toList());
        return open.stream().map(task -> {
            Survey survey = surveyOf.get(task.getProcessInstanceId());
            Instant due = EngineDates.instant(task.getDueDate());
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), survey.id(),
                    survey.businessKey(), survey.topic(), task.getAssignee(), EngineDates.instant(task.getCreateTime()), due,
                    due != null && due.isBefore(now), null);
        }).toList();
    }

    /**
     * The investigation of each process instance, from its surveyId variable, in two reads however many tasks: the
     * variables, then the investigations. The history holds the variables of running and ended instances alike
     * (history level full), so one query serves open and done tasks.
     */
    private Map<String, Survey> surveysOf(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> surveyIdOf = history.createHistoricVariableInstanceQuery()
                .variableName(SurveyProcess.Variables.SURVEY_ID)
                .processInstanceIdIn(new HashSet<>(processInstanceIds).toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
                        v -> ((Number) v.getValue()).longValue(), (first, same) -> first));
        Map<Long, Survey> byId = surveys.findAllUnchecked(surveyIdOf.values()).stream()
                .collect(Collectors.toMap(Survey::id, Function.identity()));
        return surveyIdOf.entrySet().stream().filter(e -> byId.containsKey(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> byId.get(e.getValue())));
    }
}
