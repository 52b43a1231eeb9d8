package org.thinktank.surveyflow.schedule;

import jakarta.validation.constraints.NotNull;

/** How many days to move a meeting's open deadlines: positive later, negative earlier. */
public record DeadlineShiftRequest(@NotNull Integer days) {
}
