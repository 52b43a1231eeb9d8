package org.thinktank.surveyflow.security.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.Filter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.problem.DatabaseUnavailableHandler;
import org.thinktank.surveyflow.problem.ProblemWriter;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Signs in API requests that carry {@code Authorization: Bearer <token>}: one select by the token's hash, which also
 * reads the owner's role and whether the account is enabled, and no password check. When the token was last used is
 * written at most once a {@link #USE_RECORDED_EVERY minute} per token, not on every request.
 */
@Component
public class BearerSignIn {

    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final TokenRepository tokens;
    private final WorkCalendar calendar;
    private final ProblemWriter problems;
    private final DatabaseUnavailableHandler databaseUnavailable;

    BearerSignIn(TokenRepository tokens, WorkCalendar calendar, ProblemWriter problems,
                 DatabaseUnavailableHandler databaseUnavailable) {
        this.tokens = tokens;
        this.calendar = calendar;
        this.problems = problems;
        this.databaseUnavailable = databaseUnavailable;
    }

    /**
     * The filter for a chain of the API, before its HTTP Basic filter, for the requests {@code paths} matches. A
     * request without a bearer token passes on untouched; one with a token that does not sign in is answered 401 with
     * {@code WWW-Authenticate: Bearer}.
     */
    public Filter filter(String realm, RequestMatcher paths) {
        return new BearerTokenFilter(this, databaseUnavailable.entryPoint(refusal(realm)), paths);
    }

    /** The token's owner signed in, if the token exists, has not expired and its owner's account is enabled. */
    Optional<TokenAuthentication> authenticate(TokenSecret secret) {
        Instant now = calendar.now();
        Optional<TokenOwner> owner = tokens.findByHash(secret.hash()).filter(found -> found.admits(now));
        owner.ifPresent(found -> recordUse(found, now));
        return owner.map(TokenAuthentication::new);
    }

    private void recordUse(TokenOwner owner, Instant now) {
        Instant recordedSince = now.minus(USE_RECORDED_EVERY);
        if (owner.lastUsedAt() == null || owner.lastUsedAt().isBefore(recordedSince)) {
            tokens.recordUse(owner.tokenId(), now, recordedSince);
        }
    }

    private AuthenticationEntryPoint refusal(String realm) {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm + "\", error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    e instanceof TokenRefusedException refused ? refused.reason() : Reason.of("signIn.token.refused"));
        };
    }
}
