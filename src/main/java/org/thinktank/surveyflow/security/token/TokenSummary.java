package org.thinktank.surveyflow.security.token;

import java.time.Instant;

/** A token as its owner and admins see it, without its secret. {@code lastUsedAt} is exact to the minute. */
public record TokenSummary(long id, String owner, String name, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
