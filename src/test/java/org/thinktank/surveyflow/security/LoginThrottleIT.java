package org.thinktank.surveyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient.Response;
import org.thinktank.surveyflow.support.FormSignIn;
import org.thinktank.surveyflow.support.IntegrationTest;

/**
 * Over real HTTP, with the configured limits (5 failures within 15 minutes lock a username for 15 minutes): the
 * API's HTTP Basic and the sign-in form count failures together in PostgreSQL, and a name without an account is
 * answered exactly like one with an account.
 */
@IntegrationTest
class LoginThrottleIT {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "Tz8#kq2!vLm9-wide";
    private static final int LIMIT = 5;

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoginThrottleProperties limits;

    private final FormSignIn form;

    @Autowired
    LoginThrottleIT(TestRestTemplate http) {
        this.form = new FormSignIn(http);
    }

    /** A new account of its own for each test, so that no test's failures lock another's. */
    private String newAccount() {
        String username = "throttled." + NAMES.incrementAndGet() + "." + System.nanoTime() % 100_000;
        Response created = api.as("admin").post("/api/users", Map.of("username", username, "displayName", "Throttled",
                "role", "RESEARCHER", "password", PASSWORD));
        assertThat(created.code()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static String unknownName() {
        return "nobody." + NAMES.incrementAndGet() + "." + System.nanoTime() % 100_000;
    }

    private Response apiSignIn(String username, String password) {
        return api.as(username, password).get("/api/me");
    }

    /** The lockout passes: the stored instants move back by its length, as if that much time had gone by. */
    private void lockoutPasses(String username) {
        String lockout = limits.lockout().toSeconds() + " seconds";
        jdbc.sql("""
                update login_throttle set window_started = window_started - cast(:lockout as interval),
                    locked_until = locked_until - cast(:lockout as interval),
                    expires_at = expires_at - cast(:lockout as interval)
                where username = :username""").param("lockout", lockout).param("username", username).update();
    }

    @Test
    void theApiLocksAUsernameAfterFiveFailuresEvenForTheRightPassword() {
        String username = newAccount();
        for (int i = 1; i < LIMIT; i++) {
            assertThat(apiSignIn(username, "wrong-password-" + i).code()).isEqualTo(401);
        }

        Response locking = apiSignIn(username, "wrong-password-5");
        Response rightPassword = apiSignIn(username, PASSWORD);

        assertThat(locking.code()).isEqualTo(429);
        assertThat(locking.detail()).isEqualTo("Too many failed sign-ins with this username; try again in 15 minutes");
        assertThat(locking.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
        assertThat(rightPassword.code()).isEqualTo(429);
    }

    @Test
    void aUsernameWithoutAnAccountGetsTheSameAnswersAsOneWithAnAccount() {
        String account = newAccount();
        String nobody = unknownName();
        List<String> accountAnswers = new ArrayList<>();
        List<String> nobodyAnswers = new ArrayList<>();

        for (int i = 1; i <= LIMIT + 1; i++) {
            accountAnswers.add(answer(apiSignIn(account, "wrong-password-" + i)));
            nobodyAnswers.add(answer(apiSignIn(nobody, "wrong-password-" + i)));
        }

        assertThat(nobodyAnswers).isEqualTo(accountAnswers);
        assertThat(accountAnswers.get(0)).startsWith("401");
        assertThat(accountAnswers.get(LIMIT)).startsWith("429");
    }

    private static String answer(Response response) {
        return response.code() + " " + response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE) + " "
                + response.headers().getFirst(HttpHeaders.RETRY_AFTER) + " " + response.detail();
    }

    @Test
    void aSuccessfulSignInForgetsTheFailures() {
        String username = newAccount();
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i < LIMIT; i++) {
                assertThat(apiSignIn(username, "wrong-password-" + i).code()).isEqualTo(401);
            }
            assertThat(apiSignIn(username, PASSWORD).code()).isEqualTo(200);
        }
    }

    @Test
    void theLockEndsWhenTheLockoutHasPassed() {
        String username = newAccount();
        for (int i = 1; i <= LIMIT; i++) {
            apiSignIn(username, "wrong-password-" + i);
        }
        assertThat(apiSignIn(username, PASSWORD).code()).isEqualTo(429);

        lockoutPasses(username);

        assertThat(apiSignIn(username, PASSWORD).code()).isEqualTo(200);
    }

    @Test
    void theSignInFormLocksAfterFiveFailuresAndSaysSo() {
        String username = newAccount();
        for (int i = 1; i < LIMIT; i++) {
            assertThat(form.redirectAfter(username, "wrong-password-" + i)).isEqualTo("/login?error");
        }

        assertThat(form.redirectAfter(username, "wrong-password-5")).isEqualTo("/login?locked");
        assertThat(form.redirectAfter(username, PASSWORD)).isEqualTo("/login?locked");
        assertThat(form.page("/login?locked").getBody())
                .contains("Too many failed sign-ins with this username. Wait 15 minutes, then try again.");
    }

    @Test
    void theSignInFormAnswersAUsernameWithoutAnAccountAlike() {
        String account = newAccount();
        String nobody = unknownName();
        for (int i = 1; i <= LIMIT + 1; i++) {
            assertThat(form.redirectAfter(nobody, "wrong-password-" + i))
                    .isEqualTo(form.redirectAfter(account, "wrong-password-" + i));
        }
    }

    @Test
    void theSignInFormOpensAgainWhenTheLockoutHasPassed() {
        String username = newAccount();
        for (int i = 1; i <= LIMIT; i++) {
            form.redirectAfter(username, "wrong-password-" + i);
        }

        lockoutPasses(username);

        assertThat(form.redirectAfter(username, PASSWORD)).isEqualTo("/");
    }

    @Test
    void theFormAndTheApiCountFailuresTogether() {
        String username = newAccount();
        for (int i = 1; i < LIMIT; i++) {
            apiSignIn(username, "wrong-password-" + i);
        }

        assertThat(form.redirectAfter(username, "wrong-password-5")).isEqualTo("/login?locked");
        assertThat(apiSignIn(username, PASSWORD).code()).isEqualTo(429);
    }

    @Test
    void aUsernameSignsInWhateverItsCaseAsTheAccountsOwnSpelling() {
        String username = newAccount();

        Response me = apiSignIn(username.toUpperCase(Locale.ROOT), PASSWORD);

        assertThat(me.code()).as(me.toString()).isEqualTo(200);
        assertThat(me.body().path("username").asText()).isEqualTo(username);
    }

    @Test
    void failuresInEveryCaseOfAUsernameCountTogether() {
        String username = newAccount();
        for (int i = 1; i < LIMIT; i++) {
            apiSignIn(i % 2 == 0 ? username : username.toUpperCase(Locale.ROOT), "wrong-password-" + i);
        }

        assertThat(apiSignIn(username.toUpperCase(Locale.ROOT), "wrong-password-5").code()).isEqualTo(429);
        assertThat(apiSignIn(username, PASSWORD).code()).isEqualTo(429);
    }

    @Test
    void aWrongPasswordForANameWithoutAnAccountTakesAboutAsLongAsForAnAccount() {
        String account = newAccount();
        String nobody = unknownName();
        apiSignIn(account, "warm-up-1");
        apiSignIn(nobody, "warm-up-1");

        long accountTime = medianMillis(() -> apiSignIn(account, "wrong-password"), LIMIT - 2);
        long nobodyTime = medianMillis(() -> apiSignIn(nobody, "wrong-password"), LIMIT - 2);

        // both check a bcrypt hash (for no account, a dummy one): neither answer is many times faster
        assertThat(nobodyTime).as("%d ms without an account, %d ms with one", nobodyTime, accountTime)
                .isGreaterThanOrEqualTo(accountTime / 3);
        assertThat(accountTime).as("%d ms with an account, %d ms without one", accountTime, nobodyTime)
                .isGreaterThanOrEqualTo(nobodyTime / 3);
    }

    private static long medianMillis(Runnable call, int times) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis.stream().sorted().toList().get(times / 2);
    }
}
