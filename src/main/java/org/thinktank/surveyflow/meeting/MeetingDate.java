package org.thinktank.surveyflow.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The day a meeting opens, as organizers move it. */
public record MeetingDate(@NotNull LocalDate opensOn) {
}
