package org.thinktank.surveyflow.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewMeeting(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may contain only letters, digits, '_' and '-'") String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 100) String city,
        LocalDate opensOn,
        @Size(max = 1000) String theme) {
}
