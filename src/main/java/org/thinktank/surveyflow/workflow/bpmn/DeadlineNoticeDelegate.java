package org.thinktank.surveyflow.workflow.bpmn;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/**
 * Behind the deadline timers: sends a notice about each open task of the investigation to its holders
 * (a reminder) or about them (an escalation). The two beans are declared in {@link DeadlineNoticeDelegates}.
 */
class DeadlineNoticeDelegate implements JavaDelegate {

    @FunctionalInterface
    interface Notice {
        void send(long surveyId, List<String> holders, String taskName, Instant due);
    }

    private final TaskHolders holders;
    private final Notice notice;

    DeadlineNoticeDelegate(TaskHolders holders, Notice notice) {
        this.holders = holders;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long surveyId = SurveyProcess.surveyId(execution);
        holders.openIn(execution.getProcessInstanceId()).values()
                .forEach(open -> notice.send(surveyId, open.holders(), open.name(), open.due()));
    }
}
