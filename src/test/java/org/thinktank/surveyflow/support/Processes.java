package org.thinktank.surveyflow.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.workflow.FollowUpProcess;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/**
 * A survey's process in the engine: the running instance, its open tasks and its timers, for tests that look behind
 * the application's services. The job executor is off in tests, so a test runs a timer itself, and lets the engine
 * continue after a findings task with {@link #runAsyncContinuations()}.
 */
@Component
public class Processes {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    public Processes(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** The running process of a survey, found by its business key; null once the process has ended. */
    public ProcessInstance of(Survey survey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(SurveyProcess.KEY)
                .processInstanceBusinessKey(survey.businessKey()).singleResult();
    }

    /** The running follow-up of a survey's recommendations (after approval); null before it started or once ended. */
    public ProcessInstance followUpOf(Survey survey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
                .processInstanceBusinessKey(survey.businessKey()).singleResult();
    }

    /** Runs a timer of a survey's follow-up now, as the job executor would once it is due. */
    public void runFollowUpTimer(Survey survey, String activityId) {
        management.executeJob(timer(followUpOf(survey), activityId).getId());
    }

    /** The open tasks of a process. */
    public TaskQuery tasksOf(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId());
    }

    /** Moves the due date of a survey's open tasks to that instant, as a task that has run late would have it. */
    public void moveDueDates(Survey survey, Instant due) {
        tasks.createTaskQuery().processInstanceBusinessKey(survey.businessKey()).list().forEach(task -> {
            task.setDueDate(Date.from(due));
            tasks.saveTask(task);
        });
    }

    /** The timer job waiting at one of a process's timer events. */
    public Job timer(ProcessInstance process, String activityId) {
        return management.createJobQuery().processInstanceId(process.getId()).activityId(activityId).singleResult();
    }

    /** Runs a survey's timer now, as the job executor would once it is due. */
    public void runTimer(Survey survey, String activityId) {
        management.executeJob(timer(of(survey), activityId).getId());
    }

    /**
     * Runs the asynchronous continuations that are due, as the job executor does within moments of a commit: the
     * engine joins each finished findings task to the others in a job of its own, and the last of them moves the
     * investigation on to drafting. Timers are left to {@link #runTimer}.
     */
    public void runAsyncContinuations() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("The asynchronous continuations keep leaving more jobs after 100 rounds");
    }
}
