package org.thinktank.surveyflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.notification.Notifier;

/** Tells the organizers which open tasks of the investigation are overdue and who holds them. */
@Component
class EscalateOverdueDelegate implements JavaDelegate {

    private final TaskHolders holders;
    private final Notifier notifier;

    EscalateOverdueDelegate(TaskHolders holders, Notifier notifier) {
        this.holders = holders;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long surveyId = SurveyProcess.surveyId(execution);
        holders.openIn(execution.getProcessInstanceId()).values()
                .forEach(open -> notifier.escalated(surveyId, open.holders(), open.name(), open.due()));
    }
}
