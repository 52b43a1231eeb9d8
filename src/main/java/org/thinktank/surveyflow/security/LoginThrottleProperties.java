package org.thinktank.surveyflow.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins lock a username.
 *
 * @param maxFailures failures within the window that lock the username
 * @param failureWindow how long failures are counted together, from the first one
 * @param lockout how long a locked username is refused, whatever the password
 */
@ConfigurationProperties("surveyflow.sign-in")
record LoginThrottleProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration failureWindow,
        @DefaultValue("PT15M") Duration lockout) {

    LoginThrottleProperties {
        if (maxFailures < 1 || failureWindow.isNegative() || failureWindow.isZero() || lockout.isNegative()
                || lockout.isZero()) {
            throw new IllegalArgumentException("surveyflow.sign-in: max-failures must be at least 1, failure-window "
                    + "and lockout longer than zero");
        }
    }
}
