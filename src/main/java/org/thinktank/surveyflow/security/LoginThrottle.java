package org.thinktank.surveyflow.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Counts failed sign-ins per username in PostgreSQL, so that every node of the application sees the same count:
 * after {@code surveyflow.sign-in.max-failures} failures within {@code failure-window}, the username is locked for
 * {@code lockout}, whatever the password. Names without an account are counted and locked alike, so that the answers
 * do not tell which accounts exist. A successful sign-in forgets the failures.
 */
@Component
class LoginThrottle {

    /** Longer names cannot be accounts ({@code app_user.username}) and are not recorded. */
    private static final int LONGEST_USERNAME = 64;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleRepository records;
    private final LoginThrottleProperties policy;
    private final WorkCalendar calendar;
    private final TransactionTemplate transaction;

    LoginThrottle(LoginThrottleRepository records, LoginThrottleProperties policy, WorkCalendar calendar,
                  TransactionTemplate transaction) {
        this.records = records;
        this.policy = policy;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    /** The failures recorded for the username; refused with {@link SignInLockedException} while it is locked. */
    Optional<LoginFailures> check(String username) {
        if (!recorded(username)) {
            return Optional.empty();
        }
        Optional<LoginFailures> failures = records.find(key(username));
        Instant now = calendar.now();
        if (failures.isPresent() && failures.get().lockedAt(now)) {
            throw new SignInLockedException(failures.get().lockedUntil(), now);
        }
        return failures;
    }

    /** Counts one failure; the refusal to give when this failure locked the username. */
    Optional<SignInLockedException> failed(String username) {
        if (!recorded(username)) {
            return Optional.empty();
        }
        Instant now = calendar.now();
        LoginFailures after = transaction.execute(status -> {
            records.deleteExpired(now);
            LoginFailures next = records.lockForUpdate(key(username), now).afterFailure(now, policy);
            records.save(key(username), next, next.expiresAt(policy));
            return next;
        });
        if (after.lockedAt(now)) {
            log.warn("Sign-in locked for username '{}' until {} after {} failures", username, after.lockedUntil(),
                    after.failures());
            return Optional.of(new SignInLockedException(after.lockedUntil(), now));
        }
        return Optional.empty();
    }

    /** Forgets the failures of a username that just signed in. */
    void succeeded(String username, Optional<LoginFailures> recorded) {
        if (recorded.isPresent()) {
            records.delete(key(username));
        }
    }

    /** A user name is the same whatever its case (V7), so 'Li.Wei' and 'li.wei' share one count. */
    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static boolean recorded(String username) {
        return username != null && !username.isEmpty() && username.length() <= LONGEST_USERNAME;
    }
}
