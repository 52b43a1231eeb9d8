package org.thinktank.surveyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginFailuresTests {

    private static final LoginThrottleProperties POLICY =
            new LoginThrottleProperties(3, Duration.ofMinutes(15), Duration.ofMinutes(10));
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

    private static LoginFailures failTimes(int times, Instant at) {
        LoginFailures failures = LoginFailures.none(at);
        for (int i = 0; i < times; i++) {
            failures = failures.afterFailure(at, POLICY);
        }
        return failures;
    }

    @Test
    void theFailureReachingTheLimitLocksForTheLockout() {
        assertThat(failTimes(2, START).lockedAt(START)).isFalse();
        LoginFailures locked = failTimes(3, START);
        assertThat(locked.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        assertThat(locked.lockedAt(START.plus(Duration.ofMinutes(9)))).isTrue();
        assertThat(locked.lockedAt(START.plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void failuresOutsideTheWindowCountAfresh() {
        LoginFailures later = failTimes(2, START).afterFailure(START.plus(Duration.ofMinutes(15)), POLICY);
        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.lockedUntil()).isNull();
    }

    @Test
    void afterALockEndsTheNextFailureCountsAfresh() {
        LoginFailures afterLock = failTimes(3, START).afterFailure(START.plus(Duration.ofMinutes(11)), POLICY);
        assertThat(afterLock.failures()).isEqualTo(1);
        assertThat(afterLock.lockedUntil()).isNull();
    }

    @Test
    void aRecordExpiresAtTheEndOfItsWindowOrItsLockWhicheverIsLater() {
        assertThat(failTimes(1, START).expiresAt(POLICY)).isEqualTo(START.plus(Duration.ofMinutes(15)));
        LoginThrottleProperties longLock = new LoginThrottleProperties(3, Duration.ofMinutes(15), Duration.ofHours(1));
        LoginFailures locked = LoginFailures.none(START);
        for (int i = 0; i < 3; i++) {
            locked = locked.afterFailure(START, longLock);
        }
        assertThat(locked.expiresAt(longLock)).isEqualTo(START.plus(Duration.ofHours(1)));
    }
}
