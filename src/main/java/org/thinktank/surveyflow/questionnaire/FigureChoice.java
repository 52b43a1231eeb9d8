package org.thinktank.surveyflow.questionnaire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A question whose summary becomes figures of one of the researcher's own draft findings. */
public record FigureChoice(@NotBlank @Size(max = 1000) String question, @NotNull Long findingId) {
}
