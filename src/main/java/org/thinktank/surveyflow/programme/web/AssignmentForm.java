package org.thinktank.surveyflow.programme.web;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.thinktank.surveyflow.programme.PresentationInput;

/**
 * The programme page's form: which approved report, in which session, by whom, when and how long; {@code allowConflict}
 * is posted only by the button that saves a colliding slot anyway.
 */
record AssignmentForm(@NotNull Long surveyId, @NotNull Long sessionId, @NotBlank String presenter,
                      @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
                      @NotNull @Min(1) @Max(600) Integer minutes, Boolean allowConflict) {

    private static final int USUAL_MINUTES = 20;

    static AssignmentForm empty() {
        return new AssignmentForm(null, null, null, null, USUAL_MINUTES, null);
    }

    PresentationInput toInput() {
        return new PresentationInput(sessionId, presenter, startsAt, minutes, Boolean.TRUE.equals(allowConflict));
    }

    /** The time as the form's time field shows it. */
    public String startsAtText() {
        return startsAt == null ? "" : startsAt.toString();
    }
}
