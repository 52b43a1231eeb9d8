package org.thinktank.surveyflow.decision;

import java.util.Set;

/** The two decisions only organizers take, each with the outcomes it allows. */
public enum DecisionKind {
    /** After a reviewer rejected the report: close the investigation or send the report back. */
    REJECTION(Set.of(DecisionOutcome.CLOSE, DecisionOutcome.SEND_BACK)),
    /** After all reviewers accepted: approve for publication or send back. */
    APPROVAL(Set.of(DecisionOutcome.APPROVE, DecisionOutcome.SEND_BACK));

    private final Set<DecisionOutcome> allowed;

    DecisionKind(Set<DecisionOutcome> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(DecisionOutcome outcome) {
        return allowed.contains(outcome);
    }

    public Set<DecisionOutcome> allowed() {
        return allowed;
    }
}
