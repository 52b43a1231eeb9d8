package org.thinktank.surveyflow.workflow.task;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.decision.DecisionKind;
import org.thinktank.surveyflow.decision.OrganizerDecisions;
import org.thinktank.surveyflow.workflow.SurveyProcess;

@Component
class ApproveReportAction extends OrganizerDecisionAction {

    ApproveReportAction(OrganizerDecisions decisions) {
        super(decisions, DecisionKind.APPROVAL, SurveyProcess.Variables.APPROVAL_DECISION);
    }

    @Override
    public String taskKey() {
        return SurveyProcess.APPROVE_REPORT;
    }
}
