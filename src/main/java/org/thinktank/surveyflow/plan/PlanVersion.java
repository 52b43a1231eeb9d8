package org.thinktank.surveyflow.plan;

import java.time.Instant;

/**
 * One version of an investigation's survey plan: the lead's open draft, or a submitted round and the organizers'
 * decision on it.
 *
 * @param questionnaire the questionnaire draft, or null when none is attached
 * @param decisionComment what the organizer wrote when deciding, null before the decision or when they wrote nothing
 */
public record PlanVersion(long id, long surveyId, int number, PlanStatus status, PlanContent content,
                          Questionnaire questionnaire, String author, Instant savedAt, Instant submittedAt,
                          String decidedBy, Instant decidedAt, String decisionComment) {

    /** This version as a reviewer may read it: without the budget note. */
    public PlanVersion withoutBudgetNote() {
        return new PlanVersion(id, surveyId, number, status, content.withoutBudgetNote(), questionnaire, author,
                savedAt, submittedAt, decidedBy, decidedAt, decisionComment);
    }
}
