package org.thinktank.surveyflow.decision;

public enum DecisionOutcome {
    APPROVE, SEND_BACK, CLOSE;

    /** Sending back or closing must say why; approving may. */
    public boolean needsReason() {
        return this != APPROVE;
    }
}
