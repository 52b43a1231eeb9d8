package org.thinktank.surveyflow.workflow.bpmn;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.workflow.SurveyProcess;
import org.thinktank.surveyflow.workflow.EngineDates;

/**
 * Tells the holders of a new task that it is theirs, with its due date; the same task about the same version of the
 * report (a recalled version submitted again) is told once a day.
 */
@Component
class NotifyAssigneeListener implements TaskListener {

    private final TaskHolders holders;
    private final Notifier notifier;

    NotifyAssigneeListener(TaskHolders holders, Notifier notifier) {
        this.holders = holders;
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateTask task) {
        var groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        Object version = task.getVariable(SurveyProcess.Variables.REPORT_VERSION);
        notifier.assigned(SurveyProcess.surveyId(task), holders.of(task.getAssignee(), groups), task.getName(),
                EngineDates.instant(task.getDueDate()), task.getTaskDefinitionKey() + ":v" + version);
    }
}
