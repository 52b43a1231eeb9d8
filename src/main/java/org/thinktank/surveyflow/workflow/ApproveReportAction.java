package org.thinktank.surveyflow.workflow;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.decision.DecisionKind;
import org.thinktank.surveyflow.decision.OrganizerDecisions;

@Component
class ApproveReportAction extends OrganizerDecisionAction {

    ApproveReportAction(OrganizerDecisions decisions) {
        super(decisions, DecisionKind.APPROVAL, SurveyProcess.APPROVAL_DECISION);
    }

    @Override
    public String taskKey() {
        return SurveyProcess.APPROVE_REPORT;
    }
}
