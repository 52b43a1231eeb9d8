package org.thinktank.surveyflow.notification.web;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.problem.DatabaseUnavailable;
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
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure)) {
                throw failure;
            }
            return new Named(login, "");
        }
    }

    public long unread(String login) {
        try {
            return notifier.unreadCount(login);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure)) {
                throw failure;
            }
            return 0;
        }
    }
}
