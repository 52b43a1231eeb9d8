package org.thinktank.surveyflow.security;

import java.time.Instant;

/**
 * The failed sign-ins counted for one username since {@code windowStarted}, and the end of its lock if it was locked.
 */
record LoginFailures(int failures, Instant windowStarted, Instant lockedUntil) {

    static LoginFailures none(Instant now) {
        return new LoginFailures(0, now, null);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * After one more failure at {@code now}: counted in the current window, or the first of a new one when the window
     * is over or a lock has ended; the failure that reaches the limit locks the username.
     */
    LoginFailures afterFailure(Instant now, LoginThrottleProperties policy) {
        if (lockedAt(now)) {
            return this;
        }
        boolean afresh = lockedUntil != null || !now.isBefore(windowStarted.plus(policy.failureWindow()));
        int count = afresh ? 1 : failures + 1;
        Instant started = afresh ? now : windowStarted;
        return new LoginFailures(count, started, count >= policy.maxFailures() ? now.plus(policy.lockout()) : null);
    }

    /** When the record no longer matters: the end of its window or of its lock, whichever is later. */
    Instant expiresAt(LoginThrottleProperties policy) {
        Instant windowEnd = windowStarted.plus(policy.failureWindow());
        return lockedUntil != null && lockedUntil.isAfter(windowEnd) ? lockedUntil : windowEnd;
    }
}
