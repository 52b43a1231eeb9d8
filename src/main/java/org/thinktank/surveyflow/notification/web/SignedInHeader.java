package org.thinktank.surveyflow.notification.web;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.web.PeopleView;
import org.thinktank.surveyflow.web.PeopleView.Named;

/**
 * What the header of every page says about the signed-in person: their name and their unread notices
 * ({@code @header.me(#authentication.name)}, {@code @header.unread(#authentication.name)}). The error page has the
 * same header, so neither may fail it: while the database is unreachable the header names the login and shows no
 * badge, and the page says what went wrong.
 */
@Component("header")
class SignedInHeader {

    private final Notifier notifier;
    private final PeopleView people;

    SignedInHeader(Notifier notifier, PeopleView people) {
        this.notifier = notifier;
        this.people = people;
    }

    public Named me(String login) {
        try {
            return people.of(login);
        } catch (DataAccessException unreachable) {
            return new Named(login, "");
        }
    }

    public long unread(String login) {
        try {
            return notifier.unreadCount(login);
        } catch (DataAccessException unreachable) {
            return 0;
        }
    }
}
