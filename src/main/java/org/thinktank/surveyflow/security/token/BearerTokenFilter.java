package org.thinktank.surveyflow.security.token;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinktank.surveyflow.problem.DatabaseUnavailable;
import org.thinktank.surveyflow.problem.Reason;

/**
 * Reads {@code Authorization: Bearer <token>} and signs the request in as the token's owner. The refusals say what
 * was wrong in general terms only: whether a token of that form ever existed is not theirs to tell. The sign-in is
 * kept for this request only (and its async dispatch), never in a session, so a browser's page session on the
 * download paths stays as it was.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer";

    private final BearerSignIn signIn;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository thisRequestOnly = new RequestAttributeSecurityContextRepository();
    private final RequestMatcher paths;

    BearerTokenFilter(BearerSignIn signIn, AuthenticationEntryPoint refusal, RequestMatcher paths) {
        this.signIn = signIn;
        this.refusal = refusal;
        this.paths = paths;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !paths.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> headers = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
        if (headers.isEmpty() || headers.size() == 1 && !isBearer(headers.get(0))) {
            chain.doFilter(request, response);
            return;
        }
        try {
            signIn(headers, request, response);
        } catch (AuthenticationException refused) {
            contexts.clearContext();
            refusal.commence(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    private void signIn(List<String> headers, HttpServletRequest request, HttpServletResponse response) {
        if (headers.size() > 1) {
            throw new TokenRefusedException(Reason.of("signIn.token.twoHeaders", headers.size()));
        }
        TokenSecret secret = TokenSecret.parse(headers.get(0).substring(SCHEME.length()).strip())
                .orElseThrow(() -> new TokenRefusedException(Reason.of("signIn.token.malformed")));
        TokenAuthentication signedIn = authenticate(secret).orElseThrow(() -> new TokenRefusedException(Reason.of("signIn.token.refused")));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(signedIn);
        contexts.setContext(context);
        thisRequestOnly.saveContext(context, request, response);
    }

    /** The database's answer; when it cannot be reached, a failure the entry point answers with 503. */
    private Optional<TokenAuthentication> authenticate(TokenSecret secret) {
        try {
            return signIn.authenticate(secret);
        } catch (DataAccessException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            throw new AuthenticationServiceException("The token could not be checked", e);
        }
    }

    /** The scheme in any case ({@code bearer} too, RFC 9110), alone or followed by a space. */
    private static boolean isBearer(String header) {
        return header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
    }
}
