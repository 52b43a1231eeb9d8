package org.thinktank.surveyflow.security.token;

import org.springframework.security.authentication.BadCredentialsException;
import org.thinktank.surveyflow.problem.Reason;

/** A bearer token that does not sign in, and why, in the words of the bundles. */
final class TokenRefusedException extends BadCredentialsException {

    private final transient Reason reason;

    TokenRefusedException(Reason reason) {
        super(reason.toString());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
