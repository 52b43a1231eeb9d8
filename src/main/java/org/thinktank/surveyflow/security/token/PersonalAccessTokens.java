package org.thinktank.surveyflow.security.token;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.security.token.TokenExpiryException.Problem;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Personal access tokens: everyone creates, lists and revokes their own; admins list and revoke anyone's. A token is
 * created only by someone signed in with their password, never with another token, so that a leaked token cannot
 * outlive its expiry or its revocation by making successors. Creating and revoking are recorded in the audit trail,
 * never the secret.
 */
@Service
public class PersonalAccessTokens {

    static final String NO_TOKEN_FROM_A_TOKEN = "A personal access token cannot create tokens: sign in with your "
            + "password (HTTP Basic) or use the API tokens page";

    private final TokenRepository tokens;
    private final TokenProperties lifetimes;
    private final WorkCalendar calendar;
    private final AuditTrail audit;
    private final UserDirectory users;
    private final SecureRandom random = new SecureRandom();

    PersonalAccessTokens(TokenRepository tokens, TokenProperties lifetimes, WorkCalendar calendar, AuditTrail audit,
                         UserDirectory users) {
        this.tokens = tokens;
        this.lifetimes = lifetimes;
        this.calendar = calendar;
        this.audit = audit;
        this.users = users;
    }

    /** A new token of the actor's, with its secret; refused when the actor signed in with a token. */
    @Transactional
    public CreatedToken create(Actor owner, NewToken request) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication) {
            throw new ForbiddenException(NO_TOKEN_FROM_A_TOKEN);
        }
        Instant now = calendar.now();
        Instant expiresAt = request.expiresAt() != null ? request.expiresAt() : now.plus(lifetimes.defaultLifetime());
        checkExpiry(expiresAt, now);
        TokenSecret secret = TokenSecret.generate(random);
        TokenSummary token = tokens.insert(owner.username(), request.name(), secret.hash(), now, expiresAt);
        audit.record(AuditEntry.of(AuditKind.TOKEN_CREATED, owner.username(), subject(token)).after(facts(token)));
        return new CreatedToken(token.id(), token.name(), secret.value(), token.createdAt(), token.expiresAt());
    }

    /** The latest expiry a token created now may have. */
    public Instant latestExpiry() {
        return calendar.now().plus(lifetimes.maxLifetime());
    }

    /** The expiry a token created now gets when none is given. */
    public Instant defaultExpiry() {
        return calendar.now().plus(lifetimes.defaultLifetime());
    }

    /** The actor's own tokens, the newest first. */
    public List<TokenSummary> own(Actor actor) {
        return tokens.ofOwner(actor.username());
    }

    /** Anyone's tokens, for admins. */
    public List<TokenSummary> of(Actor actor, String username) {
        actor.require(Role.ADMIN, "list other people's tokens");
        AppUser user = users.findIgnoringCase(username)
                .orElseThrow(() -> new NotFoundException(Reason.of("launch.error.noUser", username)));
        return tokens.ofOwner(user.username());
    }

    /** Revokes one of the actor's tokens, or anyone's for an admin; it stops working at once. */
    @Transactional
    public TokenSummary revoke(Actor actor, long tokenId) {
        TokenSummary token = tokens.find(tokenId)
                .filter(found -> found.owner().equals(actor.username()) || actor.is(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noToken", String.valueOf(tokenId))));
        tokens.delete(tokenId);
        audit.record(AuditEntry.of(AuditKind.TOKEN_REVOKED, actor.username(), subject(token))
                .change(facts(token), null));
        return token;
    }

    private void checkExpiry(Instant expiresAt, Instant now) {
        Instant latest = now.plus(lifetimes.maxLifetime());
        if (!expiresAt.isAfter(now)) {
            throw new TokenExpiryException(Problem.PAST, expiresAt, latest, lifetimes.maxLifetime());
        }
        if (expiresAt.isAfter(latest)) {
            throw new TokenExpiryException(Problem.TOO_FAR, expiresAt, latest, lifetimes.maxLifetime());
        }
    }

    private static String subject(TokenSummary token) {
        return "token " + token.id() + " '" + token.name() + "' of " + token.owner();
    }

    private static Map<String, Object> facts(TokenSummary token) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", token.name());
        facts.put("owner", token.owner());
        facts.put("expiresAt", token.expiresAt());
        return facts;
    }
}
