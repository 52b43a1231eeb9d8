package org.thinktank.surveyflow.security.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal access tokens live.
 *
 * @param defaultLifetime a new token's lifetime when its creator gives no expiry
 * @param maxLifetime     the longest lifetime a token may be given
 */
@ConfigurationProperties("surveyflow.tokens")
record TokenProperties(
        @DefaultValue("P90D") Duration defaultLifetime,
        @DefaultValue("P365D") Duration maxLifetime) {

    TokenProperties {
        if (defaultLifetime.isNegative() || defaultLifetime.isZero() || defaultLifetime.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("surveyflow.tokens: default-lifetime must be longer than zero and at "
                    + "most max-lifetime");
        }
    }
}
