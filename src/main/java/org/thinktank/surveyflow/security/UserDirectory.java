package org.thinktank.surveyflow.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The people who may sign in, with their role. */
@Service
public class UserDirectory {

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    public Optional<AppUser> find(String username) {
        return users.find(username);
    }

    /** The account whose name is this one in any case. */
    public Optional<AppUser> findIgnoringCase(String username) {
        return users.findIgnoringCase(username);
    }

    public List<AppUser> findAll(Collection<String> usernames) {
        return users.findAll(usernames);
    }

    /** The enabled people with a role. */
    public List<AppUser> withRole(Role role) {
        return users.withRole(role);
    }

    /** Every institution someone belongs to, each once, in order: what lists of investigations filter by. */
    public List<String> institutions() {
        return users.institutions();
    }

    public List<AppUser> all() {
        return users.all();
    }

    public boolean exists(String username) {
        return users.exists(username);
    }
}
