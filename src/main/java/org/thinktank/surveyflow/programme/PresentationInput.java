package org.thinktank.surveyflow.programme;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A report's session, presenter (a login of its team) and slot.
 *
 * @param allowConflict saves the slot even though it double-books the presenter or overlaps another slot
 */
public record PresentationInput(@NotNull Long sessionId, @NotBlank String presenter, @NotNull LocalTime startsAt,
                                @NotNull @Min(1) @Max(600) Integer minutes, boolean allowConflict) {

    public PresentationInput {
        presenter = presenter == null ? null : presenter.strip();
    }
}
