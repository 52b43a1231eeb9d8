package org.thinktank.surveyflow.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * Too many failed sign-ins with this username: refused until {@link #until()}, whatever the password, and alike for
 * a name that has no account.
 */
public class SignInLockedException extends LockedException {

    private final transient Instant until;
    private final transient Duration remaining;

    SignInLockedException(Instant until, Instant now) {
        super("Too many failed sign-ins with this username");
        this.until = until;
        this.remaining = Duration.between(now, until);
    }

    public Instant until() {
        return until;
    }

    /** How long the lock still lasts. */
    public Duration remaining() {
        return remaining;
    }
}
