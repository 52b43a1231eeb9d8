package org.thinktank.surveyflow.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.time.WorkCalendarFactory;

/**
 * What signing in with a token costs the database: one lookup by the token's hash, and a write of its last use at
 * most once a minute. No password is checked.
 */
class BearerSignInTests {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private final TokenSecret secret = TokenSecret.generate(new SecureRandom());
    private final RecordingTokens tokens = new RecordingTokens();
    private final BearerSignIn signIn = new BearerSignIn(tokens,
            WorkCalendarFactory.of(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai")), null, null);

    /** The repository's calls, without a database; it holds the one token {@code found}. */
    private static final class RecordingTokens extends TokenRepository {

        final List<String> calls = new ArrayList<>();
        TokenOwner found;

        RecordingTokens() {
            super(null);
        }

        @Override
        Optional<TokenOwner> findByHash(byte[] secretHash) {
            calls.add("findByHash");
            return Optional.ofNullable(found);
        }

        @Override
        void recordUse(long id, Instant now, Instant recordedSince) {
            calls.add("recordUse " + id + " at " + now + " unless since " + recordedSince);
        }
    }

    private static TokenOwner owner(boolean enabled, Instant expiresAt, Instant lastUsedAt) {
        return new TokenOwner(7, "li.wei", Role.RESEARCHER, enabled, expiresAt, lastUsedAt);
    }

    @Test
    void aTokenUsedWithinTheMinuteSignsInWithOneLookupAndNoWrite() {
        tokens.found = owner(true, NOW.plus(Duration.ofDays(1)), NOW.minusSeconds(59));

        Optional<TokenAuthentication> signedIn = signIn.authenticate(secret);

        assertThat(signedIn).get().extracting(TokenAuthentication::getName).isEqualTo("li.wei");
        assertThat(signedIn.get().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_RESEARCHER");
        assertThat(tokens.calls).containsExactly("findByHash");
    }

    @Test
    void aTokenNotUsedForAMinuteHasItsUseRecorded() {
        tokens.found = owner(true, NOW.plus(Duration.ofDays(1)), NOW.minusSeconds(61));

        signIn.authenticate(secret);

        assertThat(tokens.calls).containsExactly("findByHash",
                "recordUse 7 at 2026-11-25T02:00:00Z unless since 2026-11-25T01:59:00Z");
    }

    @Test
    void aTokenNeverUsedHasItsUseRecorded() {
        tokens.found = owner(true, NOW.plus(Duration.ofDays(1)), null);

        signIn.authenticate(secret);

        assertThat(tokens.calls).hasSize(2).last().asString().startsWith("recordUse 7");
    }

    @Test
    void anExpiredTokenSignsNobodyInAndWritesNothing() {
        tokens.found = owner(true, NOW, null);

        assertThat(signIn.authenticate(secret)).isEmpty();
        assertThat(tokens.calls).containsExactly("findByHash");
    }

    @Test
    void theTokenOfADisabledAccountSignsNobodyInAndWritesNothing() {
        tokens.found = owner(false, NOW.plus(Duration.ofDays(1)), null);

        assertThat(signIn.authenticate(secret)).isEmpty();
        assertThat(tokens.calls).containsExactly("findByHash");
    }

    @Test
    void anUnknownTokenSignsNobodyIn() {
        assertThat(signIn.authenticate(secret)).isEmpty();
        assertThat(tokens.calls).containsExactly("findByHash");
    }
}
