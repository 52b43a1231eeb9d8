package org.thinktank.surveyflow.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyHistory;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Organizers nudge (催办) the holder of an overdue task: the holder is told, the investigation's history records it,
 * and a task is nudged at most once a day (a second nudge the same day is refused, telling nothing twice).
 */
@Service
public class TaskNudges {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final SurveyAccess access;
    private final NudgeRepository nudges;
    private final Notifier notifier;
    private final SurveyHistory surveyHistory;
    private final WorkCalendar calendar;
    private final MessageSource messages;

    TaskNudges(TaskService tasks, RuntimeService runtime, HistoryService history, SurveyAccess access, NudgeRepository nudges,
               Notifier notifier, SurveyHistory surveyHistory, WorkCalendar calendar, MessageSource messages) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.access = access;
        this.nudges = nudges;
        this.notifier = notifier;
        this.surveyHistory = surveyHistory;
        this.calendar = calendar;
        this.messages = messages;
    }

    @Transactional
    public Nudge nudge(long surveyId, String taskId, Actor actor) {
        if (!actor.is(Role.ORGANIZER)) {
            throw new ForbiddenException(text("nudge.refused.notOrganizer"));
        }
        Survey survey = access.visible(surveyId, actor);
        Task task = tasks.createTaskQuery().taskId(taskId).processInstanceBusinessKey(survey.businessKey())
                .singleResult();
        if (task == null) {
            throw doneOrUnknown(survey, taskId);
        }
        Instant now = calendar.now();
        Instant due = EngineDates.instant(task.getDueDate());
        if (due == null || !now.isAfter(due)) {
            throw new ConflictException(text("nudge.refused.notOverdue"));
        }
        if (task.getAssignee() == null) {
            throw new ConflictException(text("nudge.refused.noHolder"));
        }
        Nudge nudge = new Nudge(surveyId, taskId, task.getTaskDefinitionKey(), task.getAssignee(), actor.username(),
                now);
        if (!nudges.insert(nudge, calendar.today())) {
            throw new ConflictException(text("nudge.refused.alreadyToday"));
        }
        notifier.nudged(surveyId, nudge.holder(), nudge.taskKey(), due, actor.username());
        surveyHistory.record(surveyId, actor.username(), SurveyEventKind.NUDGED,
                nudge.taskKey() + " → " + nudge.holder());
        return nudge;
    }

    /** The open overdue tasks held by one person in the given investigations, with one query of the engine. */
    public List<OverdueTask> overdueIn(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        String[] keys = businessKeys.toArray(String[]::new);
        List<Task> overdue = tasks.createTaskQuery().processDefinitionKey(SurveyProcess.KEY)
                .processInstanceBusinessKeyIn(keys).taskAssigned().dueBefore(Date.from(calendar.now()))
                .orderByDueDate().asc().list();
        if (overdue.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeyOf = runtime.createProcessInstanceQuery()
                .processInstanceIds(overdue.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return overdue.stream().map(task -> new OverdueTask(businessKeyOf.get(task.getProcessInstanceId()),
                task.getId(), task.getTaskDefinitionKey(), task.getAssignee(), EngineDates.instant(task.getDueDate())))
                .toList();
    }

    /** The tasks of an investigation nudged today, so that pages offer no second nudge. */
    public Set<String> nudgedToday(long surveyId) {
        return nudges.nudgedOn(surveyId, calendar.today());
    }

    private RuntimeException doneOrUnknown(Survey survey, String taskId) {
        boolean done = history.createHistoricTaskInstanceQuery().taskId(taskId)
                .processInstanceBusinessKey(survey.businessKey()).finished().count() > 0;
        return done ? new ConflictException(text("nudge.refused.done")) : new NotFoundException(text("nudge.refused.unknown"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
