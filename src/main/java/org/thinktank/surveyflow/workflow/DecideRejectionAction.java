package org.thinktank.surveyflow.workflow;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.decision.DecisionKind;
import org.thinktank.surveyflow.decision.OrganizerDecisions;

@Component
class DecideRejectionAction extends OrganizerDecisionAction {

    DecideRejectionAction(OrganizerDecisions decisions) {
        super(decisions, DecisionKind.REJECTION, SurveyProcess.REJECTION_DECISION);
    }

    @Override
    public String taskKey() {
        return SurveyProcess.DECIDE_REJECTION;
    }
}
