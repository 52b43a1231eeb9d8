package org.thinktank.surveyflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.notification.Notifier;

/** Reminds everyone who still holds an open task of the investigation that it is due soon. */
@Component
class SendReminderDelegate implements JavaDelegate {

    private final TaskHolders holders;
    private final Notifier notifier;

    SendReminderDelegate(TaskHolders holders, Notifier notifier) {
        this.holders = holders;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long surveyId = SurveyProcess.surveyId(execution);
        holders.openIn(execution.getProcessInstanceId()).values()
                .forEach(open -> notifier.reminded(surveyId, open.holders(), open.name(), open.due()));
    }
}
