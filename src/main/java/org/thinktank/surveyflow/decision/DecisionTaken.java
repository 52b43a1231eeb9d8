package org.thinktank.surveyflow.decision;

/** Published inside the transaction that recorded an organizer's decision on a version of the report. */
public record DecisionTaken(long surveyId, int versionNumber, DecisionKind kind, DecisionOutcome outcome,
                            String reason) {
}
