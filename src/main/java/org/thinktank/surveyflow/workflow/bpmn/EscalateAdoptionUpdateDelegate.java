package org.thinktank.surveyflow.workflow.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.workflow.FollowUpProcess;

/** Tells the organizers that a lead gave no update of the adoption record by the due date of a follow-up point. */
@Component
class EscalateAdoptionUpdateDelegate implements JavaDelegate {

    private final Notifier notifier;

    EscalateAdoptionUpdateDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String meetingDate = (String) execution.getVariable(FollowUpProcess.Variables.MEETING_DATE);
        Integer month = (Integer) execution.getVariable(FollowUpProcess.Variables.FOLLOW_UP_MONTH);
        notifier.adoptionUpdateOverdue(FollowUpProcess.surveyId(execution),
                (String) execution.getVariable(FollowUpProcess.Variables.LEAD), FollowUpPlan.pointDay(meetingDate, month));
    }
}
