package org.thinktank.surveyflow.decision;

import java.time.Instant;

public record Decision(long surveyId, DecisionKind kind, DecisionOutcome outcome, String reason, Integer versionNumber,
                       String decidedBy, Instant decidedAt) {
}
