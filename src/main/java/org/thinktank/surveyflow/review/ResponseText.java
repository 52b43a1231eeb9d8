package org.thinktank.surveyflow.review;

import jakarta.validation.constraints.NotNull;

/** What the lead answers to one review; a blank text withdraws the answer. */
public record ResponseText(@NotNull Long reviewId, String text) {

    public ResponseText {
        text = text == null ? "" : text;
    }
}
