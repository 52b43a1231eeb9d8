package org.thinktank.surveyflow.security;

import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a username and password (HTTP Basic and the sign-in form alike) through the {@link LoginThrottle}: a locked
 * username is refused before its password is looked at; every failure (wrong password, no such account, disabled
 * account) is counted and answered the same way.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String WRONG_CREDENTIALS = "Wrong username or password";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return throttled(authentication);
        } catch (DataAccessException e) {
            // an authentication failure whose cause the entry point and the sign-in form read (503 when the database
            // cannot be reached), not an error page
            throw new AuthenticationServiceException("The sign-in could not be checked", e);
        }
    }

    private Authentication throttled(Authentication authentication) {
        String username = authentication.getName();
        Optional<LoginFailures> recorded = throttle.check(username);
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(username).ifPresent(locked -> {
                throw locked;
            });
            throw new BadCredentialsException(WRONG_CREDENTIALS);
        }
        throttle.succeeded(username, recorded);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
