package org.thinktank.surveyflow.workflow.task;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.decision.DecisionKind;
import org.thinktank.surveyflow.decision.OrganizerDecisions;
import org.thinktank.surveyflow.workflow.SurveyProcess;

@Component
class DecideRejectionAction extends OrganizerDecisionAction {

    DecideRejectionAction(OrganizerDecisions decisions) {
        super(decisions, DecisionKind.REJECTION, SurveyProcess.Variables.REJECTION_DECISION);
    }

    @Override
    public String taskKey() {
        return SurveyProcess.DECIDE_REJECTION;
    }
}
