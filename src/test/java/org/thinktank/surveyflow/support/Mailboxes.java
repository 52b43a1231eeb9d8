package org.thinktank.surveyflow.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.survey.Survey;

/** People of their own, each with as many unread assignment notices as a test needs. */
@Component
public class Mailboxes {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final UserAccounts accounts;
    private final Surveys surveys;
    private final Notifier notifier;

    public Mailboxes(UserAccounts accounts, Surveys surveys, Notifier notifier) {
        this.accounts = accounts;
        this.surveys = surveys;
        this.notifier = notifier;
    }

    /** A new researcher (login starting with the prefix) with that many notices about a new investigation. */
    public String with(int notices, String prefix, String displayName) {
        String username = prefix + "." + System.nanoTime() % 1_000_000_000L + "." + UNIQUE.incrementAndGet();
        accounts.createDemoAccount(new NewUser(username, displayName, null, null, Role.RESEARCHER, "demo"));
        Survey survey = surveys.launch();
        for (int i = 0; i < notices; i++) {
            notifier.assigned(survey.id(), List.of(username), "任务 Task " + i, null, "task" + i);
        }
        return username;
    }
}
