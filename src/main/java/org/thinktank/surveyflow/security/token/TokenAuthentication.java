package org.thinktank.surveyflow.security.token;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request signed in with a personal access token: as the token's owner, with the owner's role of the moment. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final String username;

    TokenAuthentication(TokenOwner owner) {
        super(List.of(new SimpleGrantedAuthority(owner.role().authority())));
        this.username = owner.username();
        setAuthenticated(true);
    }

    /** The token's secret is not kept once the request is signed in. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
