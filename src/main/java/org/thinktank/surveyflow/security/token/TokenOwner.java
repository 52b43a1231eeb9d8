package org.thinktank.surveyflow.security.token;

import java.time.Instant;

import org.thinktank.surveyflow.security.Role;

/** A token found by its hash, with what its owner's account says now: all a request needs to be signed in. */
record TokenOwner(long tokenId, String username, Role role, boolean enabled, Instant expiresAt, Instant lastUsedAt) {

    boolean admits(Instant now) {
        return enabled && now.isBefore(expiresAt);
    }
}
