package org.thinktank.surveyflow.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Moves a running investigation's deadlines the engine's way: the due-date variables the timers and tasks are built
 * from, the due dates of the open tasks, and the timer jobs, each evaluated again from its expression with the new
 * variables. Tasks and timers of later steps do not exist yet: they will be created from the new variables.
 */
@Service
public class ProcessDeadlines {

    /**
     * The due-date variables, in the order of the steps; a process started before a step existed in the model has
     * no variable for it ({@code planDue}), which is left alone.
     */
    public static final List<String> DUE_DATE_VARIABLES = List.of(SurveyProcess.Variables.PLAN_DUE, SurveyProcess.Variables.FINDINGS_DUE,
            SurveyProcess.Variables.DRAFT_DUE, SurveyProcess.Variables.REVIEW_DUE, SurveyProcess.Variables.APPROVAL_DUE);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final WorkCalendar calendar;

    ProcessDeadlines(RuntimeService runtime, TaskService tasks, ManagementService management, WorkCalendar calendar) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.calendar = calendar;
    }

    /**
     * Gives the investigation's process the moved due dates (by variable name; the others keep theirs), moves its
     * open tasks' due dates by {@code days} and reschedules its timers. Returns the holders of its open tasks, who
     * are to be told; nobody when the process has ended.
     */
    @Transactional
    public Set<String> shift(String businessKey, Map<String, LocalDate> movedDueDates, long days) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(SurveyProcess.KEY).singleResult();
        Set<String> holders = new TreeSet<>();
        if (process == null) {
            return holders;
        }
        Map<String, Object> variables = runtime.getVariables(process.getId(), DUE_DATE_VARIABLES);
        DUE_DATE_VARIABLES.stream()
                .filter(name -> variables.get(name) != null && movedDueDates.containsKey(name))
                .forEach(name -> runtime.setVariable(process.getId(), name, movedDueDates.get(name).toString()));
        for (Task task : tasks.createTaskQuery().processInstanceId(process.getId()).list()) {
            if (task.getDueDate() != null) {
                LocalDate due = calendar.dueDateOf(task.getDueDate().toInstant()).plusDays(days);
                task.setDueDate(Date.from(calendar.endOf(due)));
                tasks.saveTask(task);
            }
            if (task.getAssignee() != null) {
                holders.add(task.getAssignee());
            }
        }
        for (Job timer : management.createJobQuery().processInstanceId(process.getId()).timers().list()) {
            management.recalculateJobDuedate(timer.getId(), false);
        }
        return holders;
    }
}
