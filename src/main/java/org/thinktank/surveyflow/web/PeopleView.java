package org.thinktank.surveyflow.web;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.security.UserDirectory;

/**
 * People as pages name them: by display name, with their institution on hover, never by login:
 * {@code th:with="who=${@people.of(login)}" th:text="${who.name()}" th:title="${who.institution()}"}. For the few
 * people of one investigation; lists of many people look their names up in their own query.
 */
@Component("people")
public class PeopleView {

    /** Someone's display name and institution (empty when unknown). */
    public record Named(String name, String institution) {
    }

    private final UserDirectory users;

    PeopleView(UserDirectory users) {
        this.users = users;
    }

    /** The person by display name; by the login itself only for an account that no longer exists. */
    public Named of(String username) {
        return users.find(username).map(user -> new Named(user.displayName(),
                user.institution() == null ? "" : user.institution())).orElse(new Named(username, ""));
    }
}
