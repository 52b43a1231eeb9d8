package org.thinktank.surveyflow.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account. The password must also satisfy the {@link PasswordPolicy}, which {@link UserAccounts} checks. */
public record NewUser(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'") String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 254) String email,
        @Size(max = 200) String institution,
        @NotNull Role role,
        @NotBlank @Size(max = 128) String password) {
}
