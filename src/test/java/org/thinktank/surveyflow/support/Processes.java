package org.thinktank.surveyflow.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.survey.Survey;

/**
 * A survey's process in the engine: the running instance, its open tasks and its timers, for tests that look behind
 * the application's services. The job executor is off in tests, so a test runs a timer itself.
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
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(survey.businessKey()).singleResult();
    }

    /** The open tasks of a process. */
    public TaskQuery tasksOf(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId());
    }

    /** The timer job waiting at one of a process's timer events. */
    public Job timer(ProcessInstance process, String activityId) {
        return management.createJobQuery().processInstanceId(process.getId()).activityId(activityId).singleResult();
    }

    /** Runs a survey's timer now, as the job executor would once it is due. */
    public void runTimer(Survey survey, String activityId) {
        management.executeJob(timer(of(survey), activityId).getId());
    }
}
