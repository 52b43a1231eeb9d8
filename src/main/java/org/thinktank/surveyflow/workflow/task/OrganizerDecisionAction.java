package org.thinktank.surveyflow.workflow.task;

import java.util.Map;

import org.thinktank.surveyflow.decision.DecisionForm;
import org.thinktank.surveyflow.decision.DecisionKind;
import org.thinktank.surveyflow.decision.OrganizerDecisions;
import org.thinktank.surveyflow.security.Actor;

/** An organizer's decision task: records the decision and hands its outcome to the gateway after the task. */
abstract class OrganizerDecisionAction implements TaskAction<DecisionForm> {

    private final OrganizerDecisions decisions;
    private final DecisionKind kind;
    private final String outcomeVariable;

    OrganizerDecisionAction(OrganizerDecisions decisions, DecisionKind kind, String outcomeVariable) {
        this.decisions = decisions;
        this.kind = kind;
        this.outcomeVariable = outcomeVariable;
    }

    @Override
    public Class<DecisionForm> formType() {
        return DecisionForm.class;
    }

    @Override
    public Map<String, Object> perform(TaskAtHand task, Actor actor, DecisionForm form) {
        return Map.of(outcomeVariable,
                decisions.record(kind, task.surveyId(), task.reportVersion(), actor, form).name());
    }
}
