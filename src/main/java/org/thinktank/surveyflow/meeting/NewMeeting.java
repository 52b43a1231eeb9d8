package org.thinktank.surveyflow.meeting;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/**
 * A meeting to add. Its code is kept in upper case ({@code am22} is {@code AM22}), as codes are the same whatever
 * their case; code, name and city lose the spaces and invisible characters at their edges.
 */
public record NewMeeting(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may contain only letters, digits, '_' and '-'") String code,
        @NotBlank @Size(max = 300) @SingleLine String name,
        @Size(max = 100) @SingleLine String city,
        LocalDate opensOn,
        @Size(max = 1000) String theme) {

    public NewMeeting {
        code = code == null ? null : InputText.line(code).toUpperCase(Locale.ROOT);
        name = InputText.line(name);
        city = InputText.line(city);
    }
}
