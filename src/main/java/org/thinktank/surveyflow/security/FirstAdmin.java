package org.thinktank.surveyflow.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.thinktank.surveyflow.problem.ConflictException;

/**
 * Creates the first admin from the secret {@code SURVEYFLOW_ADMIN_PASSWORD} when no account has that name yet; the
 * admin then creates everyone else's accounts ({@code POST /api/users}). An existing account is left as it is: a
 * new secret later does not change that admin's password. When two nodes start at once, one of them creates it.
 */
@Component
class FirstAdmin {

    /** Before the demo's seeding, which leaves an existing account alone. */
    static final int ORDER = 0;
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final UserDirectory users;
    private final String username;
    private final String password;

    FirstAdmin(UserAccounts accounts, UserDirectory users,
               @Value("${" + AdminSecretCheck.ADMIN_USERNAME + ":admin}") String username,
               @Value("${" + AdminSecretCheck.ADMIN_PASSWORD + ":}") String password) {
        this.accounts = accounts;
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    void createIfMissing() {
        if (!StringUtils.hasText(password) || users.exists(username)) {
            return;
        }
        try {
            accounts.create(new NewUser(username, "Administrator", null, null, Role.ADMIN, password));
            log.info("Created the first admin '{}' with the password of SURVEYFLOW_ADMIN_PASSWORD", username);
        } catch (ConflictException | DuplicateKeyException e) {
            log.info("The first admin '{}' was created by another node", username);
        }
    }
}
