package org.thinktank.surveyflow.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.security.AppUser;
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
        return users.find(username).map(PeopleView::named).orElse(new Named(username, ""));
    }

    /** Several people of one investigation (a team, its reviewers) in the order given, with one lookup. */
    public List<Named> ofAll(Collection<String> usernames) {
        Map<String, Named> found = byLogin(usernames);
        return usernames.stream().map(found::get).toList();
    }

    /**
     * The people a list names (the actors of a history, the holders of its steps), each looked up once:
     * {@code th:with="names=${@people.byLogin(history.![actor])}"}, then {@code names[event.actor()]}. Nulls are
     * skipped; a login without an account maps to itself.
     */
    public Map<String, Named> byLogin(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Named> found = new HashMap<>();
        users.findAll(wanted).forEach(user -> found.put(user.username(), named(user)));
        wanted.forEach(username -> found.putIfAbsent(username, new Named(username, "")));
        return found;
    }

    private static Named named(AppUser user) {
        return new Named(user.displayName(), user.institution() == null ? "" : user.institution());
    }
}
