package org.thinktank.surveyflow.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An organizer's decision on the submitted plan; sending it back says what to change. */
public record PlanDecisionForm(@NotNull PlanDecision decision, @Size(max = 4000) String comment) {

    public PlanDecisionForm {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
