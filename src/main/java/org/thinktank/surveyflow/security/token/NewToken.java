package org.thinktank.surveyflow.security.token;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/**
 * A token to create: a name that says where it is used ("CI export job"), and when it expires; without an expiry it
 * lives for the configured default ({@code surveyflow.tokens.default-lifetime}).
 */
public record NewToken(@NotBlank @Size(max = 100) @SingleLine String name, Instant expiresAt) {

    public NewToken {
        name = InputText.line(name);
    }
}
