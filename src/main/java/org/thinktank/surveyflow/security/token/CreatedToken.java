package org.thinktank.surveyflow.security.token;

import java.time.Instant;

/** A token just created, with its secret: the only answer that ever carries it. */
public record CreatedToken(long id, String name, String token, Instant createdAt, Instant expiresAt) {

    @Override
    public String toString() {
        return "CreatedToken[id=" + id + ", name=" + name + "]";
    }
}
