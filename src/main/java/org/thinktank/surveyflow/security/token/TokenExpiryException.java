package org.thinktank.surveyflow.security.token;

import java.time.Duration;
import java.time.Instant;

import org.thinktank.surveyflow.problem.InvalidRequestException;

/** A token's expiry that is past, or further ahead than the longest lifetime allowed. Answered with 400. */
public class TokenExpiryException extends InvalidRequestException {

    public enum Problem { PAST, TOO_FAR }

    private final Problem problem;
    private final Instant latest;

    TokenExpiryException(Problem problem, Instant expiresAt, Instant latest, Duration maxLifetime) {
        super("expiresAt: " + (problem == Problem.PAST ? "must be in the future"
                : "must be at most " + describe(maxLifetime) + " ahead (" + latest + " at the latest)")
                + ", not " + expiresAt);
        this.problem = problem;
        this.latest = latest;
    }

    public Problem problem() {
        return problem;
    }

    /** The latest expiry a token could have been given. */
    public Instant latest() {
        return latest;
    }

    private static String describe(Duration lifetime) {
        long days = lifetime.toDays();
        return Duration.ofDays(days).equals(lifetime) ? days + " days" : lifetime.toString();
    }
}
