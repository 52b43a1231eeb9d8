package org.thinktank.surveyflow.web;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;

/**
 * People as pages name them: by display name, with their institution on hover, never by login:
 * {@code th:text="${@people.name(login)}" th:title="${@people.institution(login)}"}. For the few people of one
 * investigation; lists of many people look their names up in their own query.
 */
@Component("people")
public class PeopleView {

    private final UserDirectory users;

    PeopleView(UserDirectory users) {
        this.users = users;
    }

    /** The display name; the login itself only for an account that no longer exists. */
    public String name(String username) {
        return users.find(username).map(AppUser::displayName).orElse(username);
    }

    /** The institution, or empty. */
    public String institution(String username) {
        return users.find(username).map(AppUser::institution).orElse("");
    }
}
