package org.thinktank.surveyflow.review;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The lead's answers to some of the reviews of the last round, as the API takes them. */
public record ResponseTexts(@NotNull List<@NotNull @Valid ResponseText> responses) {
}
