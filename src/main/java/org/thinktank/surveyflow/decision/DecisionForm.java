package org.thinktank.surveyflow.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DecisionForm(@NotNull DecisionOutcome decision, @Size(max = 2000) String reason) {
}
