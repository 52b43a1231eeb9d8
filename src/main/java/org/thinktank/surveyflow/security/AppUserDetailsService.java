package org.thinktank.surveyflow.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs in by user name whatever its case; the signed-in name is the account's own spelling. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AppUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findIgnoringCase(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = users.passwordHash(user.username()).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(hash)
                .authorities(user.role().authority())
                .disabled(!user.enabled())
                .build();
    }
}
