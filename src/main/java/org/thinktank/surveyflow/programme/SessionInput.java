package org.thinktank.surveyflow.programme;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/**
 * A session to add or the new values of one: every field is required, and it must end after it starts. Forms post
 * times as {@code type="time"} fields do ({@code 14:00}).
 */
public record SessionInput(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotBlank @Size(max = 200) @SingleLine String nameEn,
        @NotNull LocalDate heldOn,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt,
        @NotBlank @Size(max = 100) @SingleLine String room) {

    public SessionInput {
        name = InputText.line(name);
        nameEn = InputText.line(nameEn);
        room = InputText.line(room);
    }
}
