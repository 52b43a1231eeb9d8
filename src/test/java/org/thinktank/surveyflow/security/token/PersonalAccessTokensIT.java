package org.thinktank.surveyflow.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.ApiClient.Response;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.support.Tokens;
import org.thinktank.surveyflow.support.Tokens.Token;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The life of a personal access token through the API: created with a password, shown once, used as
 * {@code Authorization: Bearer} with its owner's rights of the moment, and refused once it has expired or been
 * revoked, or its owner's account is disabled.
 */
@IntegrationTest
class PersonalAccessTokensIT {

    private static final String REFUSED = "The token is unknown, has expired or was revoked, or its account is disabled; "
            + "create a new one (POST /api/tokens, or the API tokens page)";

    private static final AtomicInteger accounts = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    Tokens tokens;
    @Autowired
    Refusals refusals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Surveys surveys;
    @Autowired
    WorkCalendar calendar;

    /** A new researcher's account, signed in with its password: for tests that change the account. */
    private ApiClient newResearcher() {
        String username = "token.owner." + System.nanoTime() + "." + accounts.incrementAndGet();
        String password = "Vq7#token-owner-9x";
        Response created = api.as("admin").post("/api/users", Map.of("username", username, "displayName",
                "Token Owner", "role", "RESEARCHER", "password", password));
        assertThat(created.code()).as(created.toString()).isEqualTo(201);
        return api.as(username, password);
    }

    private Instant lastUsedAt(Token token) {
        Timestamp lastUsed = jdbc.sql("select last_used_at from personal_access_token where id = ?")
                .param(token.id()).query(Timestamp.class).list().get(0);
        return lastUsed == null ? null : lastUsed.toInstant();
    }

    @Test
    void aNewTokenIsARecognisableRandomSecretInTheAnswerToItsCreation() {
        Response created = api.as("li.wei").post("/api/tokens", Map.of("name", "CI 导出任务"));

        assertThat(created.code()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("token").asText()).matches("ttsw_[0-9A-Za-z]{43}");
        assertThat(created.body().path("name").asText()).isEqualTo("CI 导出任务");
        assertThat(created.body().path("id").asLong()).isPositive();
        assertThat(created.body().path("createdAt").asText()).isNotBlank();
        assertThat(created.body().path("expiresAt").asText()).isNotBlank();
    }

    @Test
    void theListOfMyTokensNeverShowsASecret() {
        Token token = tokens.create("li.wei");

        Response list = api.as("li.wei").get("/api/tokens");

        assertThat(list.code()).isEqualTo(200);
        assertThat(list.text()).doesNotContain(token.secret()).doesNotContain("ttsw_").doesNotContain("\"token\"");
        assertThat(list.body().findValuesAsText("id")).contains(String.valueOf(token.id()));
    }

    @Test
    void theDatabaseKeepsOnlyTheSha256HashOfAToken() throws Exception {
        Token token = tokens.create("li.wei");

        byte[] stored = jdbc.sql("select secret_hash from personal_access_token where id = ?").param(token.id())
                .query(byte[].class).single();

        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256")
                .digest(token.secret().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aTokenWithoutAnExpiryLivesForTheDefaultNinetyDays() {
        Response created = api.as("li.wei").post("/api/tokens", Map.of("name", "default expiry"));

        Instant createdAt = Instant.parse(created.body().path("createdAt").asText());
        assertThat(Instant.parse(created.body().path("expiresAt").asText()))
                .isEqualTo(createdAt.plus(Duration.ofDays(90)));
    }

    @Test
    void aTokenSignsInAsItsOwner() {
        Token token = tokens.create("li.wei");

        Response me = api.withToken(token.secret()).get("/api/me");

        assertThat(me.code()).as(me.toString()).isEqualTo(200);
        assertThat(me.body().path("username").asText()).isEqualTo("li.wei");
        assertThat(me.body().path("role").asText()).isEqualTo("RESEARCHER");
    }

    @Test
    void aResearchersTokenMayNotLaunchAnInvestigation() {
        ApiClient researcher = api.withToken(tokens.create("li.wei").secret());
        researcher.get("/api/me"); // its first use is recorded; what follows must write nothing

        refusals.expect(403, "Only organizers launch investigations",
                () -> researcher.post("/api/surveys", surveys.launchRequest()));
    }

    @Test
    void anOrganizersTokenLaunchesAnInvestigation() {
        Response launched = api.withToken(tokens.create("organizer").secret())
                .post("/api/surveys", surveys.launchRequest());

        assertThat(launched.code()).as(launched.toString()).isEqualTo(201);
    }

    @Test
    void aTokenHasItsOwnersRoleOfTheMoment() {
        ApiClient owner = newResearcher();
        Token token = tokens.create(owner);
        String username = owner.get("/api/me").body().path("username").asText();

        jdbc.sql("update app_user set role = 'REVIEWER' where username = ?").param(username).update();

        assertThat(api.withToken(token.secret()).get("/api/me").body().path("role").asText()).isEqualTo("REVIEWER");
    }

    @Test
    void aTokenDownloadsWhatItsOwnerMay() {
        Response workbook = api.withToken(tokens.create("organizer").secret())
                .get("/api/meetings/" + surveys.meetingId() + "/workbook.xlsx");

        assertThat(workbook.code()).as(workbook.toString()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Token token = tokens.create("li.wei");
        jdbc.sql("""
                update personal_access_token set created_at = now() - interval '100 days',
                expires_at = now() - interval '1 minute' where id = ?""").param(token.id()).update();

        Response refused = refusals.expect(401, REFUSED,
                () -> api.withToken(token.secret()).get("/api/me"));

        assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void aRevokedTokenIsRefused() {
        Token token = tokens.create("li.wei");

        assertThat(api.as("li.wei").delete("/api/tokens/" + token.id()).code()).isEqualTo(204);

        refusals.expect(401, REFUSED, () -> api.withToken(token.secret()).get("/api/me"));
    }

    @Test
    void aRevokedTokenLeavesTheList() {
        Token token = tokens.create("li.wei");

        api.as("li.wei").delete("/api/tokens/" + token.id());

        assertThat(api.as("li.wei").get("/api/tokens").body().findValuesAsText("id"))
                .doesNotContain(String.valueOf(token.id()));
    }

    @Test
    void aTokenMayRevokeItself() {
        Token token = tokens.create("li.wei");

        assertThat(api.withToken(token.secret()).delete("/api/tokens/" + token.id()).code()).isEqualTo(204);
    }

    @Test
    void someoneElsesTokenIsNotFoundForRevokingAndStillWorks() {
        Token token = tokens.create("li.wei");

        refusals.expect(404, "You have no token " + token.id(),
                () -> api.as("wang.fang").delete("/api/tokens/" + token.id()));

        assertThat(api.withToken(token.secret()).get("/api/me").code()).isEqualTo(200);
    }

    @Test
    void anAdminRevokesAnyonesToken() {
        Token token = tokens.create("li.wei");

        assertThat(api.as("admin").delete("/api/tokens/" + token.id()).code()).isEqualTo(204);

        assertThat(api.withToken(token.secret()).get("/api/me").code()).isEqualTo(401);
    }

    @Test
    void anAdminListsAUsersTokensWithoutTheirSecrets() {
        Token token = tokens.create("wang.fang");

        Response list = api.as("admin").get("/api/users/wang.fang/tokens");

        assertThat(list.code()).as(list.toString()).isEqualTo(200);
        assertThat(list.body().findValuesAsText("id")).contains(String.valueOf(token.id()));
        assertThat(list.body().findValuesAsText("owner")).containsOnly("wang.fang");
        assertThat(list.text()).doesNotContain(token.secret());
    }

    @Test
    void theTokensOfAUserWithoutAnAccountAreNotFound() {
        refusals.expect(404, "there is no user 'nobody.here'",
                () -> api.as("admin").get("/api/users/nobody.here/tokens"));
    }

    @Test
    void aTokenCannotCreateTokens() {
        ApiClient withToken = api.withToken(tokens.create("li.wei").secret());
        withToken.get("/api/me");

        refusals.expect(403, "A personal access token cannot create tokens",
                () -> withToken.post("/api/tokens", Map.of("name", "successor")));
    }

    @Test
    void aDisabledAccountsTokenIsRefused() {
        ApiClient owner = newResearcher();
        Token token = tokens.create(owner);
        jdbc.sql("update app_user set enabled = false where username = ?")
                .param(owner.get("/api/me").body().path("username").asText()).update();

        refusals.expect(401, REFUSED, () -> api.withToken(token.secret()).get("/api/me"));
    }

    @Test
    void anUnknownTokenOfTheRightFormIsRefusedLikeARevokedOne() {
        String unknown = "ttsw_" + "0".repeat(43);

        refusals.expect(401, REFUSED, () -> api.withToken(unknown).get("/api/me"));
    }

    @Test
    void anExpiryInThePastIsRefusedNamingTheField() {
        refusals.expect(400, "expiresAt: must be in the future", () -> api.as("li.wei").post("/api/tokens",
                Map.of("name", "past", "expiresAt", calendar.now().minus(Duration.ofMinutes(1)).toString())));
    }

    @Test
    void anExpiryBeyondTheLongestLifetimeIsRefusedNamingTheField() {
        refusals.expect(400, "expiresAt: must be at most 365 days ahead", () -> api.as("li.wei").post("/api/tokens",
                Map.of("name", "too long", "expiresAt", calendar.now().plus(Duration.ofDays(366)).toString())));
    }

    @Test
    void anExpiryThatIsNoDateAndTimeIsRefusedNamingTheField() {
        refusals.expect(400, "Expires at: must be a date and time like 2026-12-01T10:00:00Z",
                () -> api.as("li.wei").post("/api/tokens", Map.of("name", "no date", "expiresAt", "next year")));
    }

    @Test
    void anExpiryAsANumberIsRefusedNamingTheField() {
        refusals.expect(400, "Expires at: must be a date and time",
                () -> api.as("li.wei").post("/api/tokens", Map.of("name", "a number", "expiresAt", 1893456000)));
    }

    @Test
    void anExpiryWithAnOffsetIsTakenAsThatMoment() {
        Response created = api.as("li.wei").post("/api/tokens", Map.of("name", "offset",
                "expiresAt", calendar.today().plusDays(30) + "T18:00:00+08:00"));

        assertThat(Instant.parse(created.body().path("expiresAt").asText()))
                .isEqualTo(calendar.today().plusDays(30) + "T10:00:00Z");
    }

    @Test
    void aTokenWithoutANameIsRefused() {
        refusals.expect(400, "name: must not be blank",
                () -> api.as("li.wei").post("/api/tokens", Map.of("name", "\u3000")));
    }

    @Test
    void theFirstUseOfATokenIsRecorded() {
        Token token = tokens.create("li.wei");
        assertThat(lastUsedAt(token)).isNull();

        api.withToken(token.secret()).get("/api/me");

        assertThat(lastUsedAt(token)).isCloseTo(calendar.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void aUseWithinAMinuteOfTheRecordedOneWritesNothing() {
        Token token = tokens.create("li.wei");
        ApiClient client = api.withToken(token.secret());
        client.get("/api/me");
        Instant recorded = lastUsedAt(token);

        client.get("/api/me");

        assertThat(lastUsedAt(token)).isEqualTo(recorded);
    }

    @Test
    void aUseMoreThanAMinuteAfterTheRecordedOneIsRecorded() {
        Token token = tokens.create("li.wei");
        jdbc.sql("update personal_access_token set last_used_at = now() - interval '2 minutes' where id = ?")
                .param(token.id()).update();
        Instant before = lastUsedAt(token);

        api.withToken(token.secret()).get("/api/me");

        assertThat(lastUsedAt(token)).isAfter(before.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aRequestWithoutCredentialsIsOfferedBasicAndBearer() {
        Response refused = api.anonymous().get("/api/me");

        assertThat(refused.code()).isEqualTo(401);
        assertThat(refused.headers().get(HttpHeaders.WWW_AUTHENTICATE))
                .anyMatch(challenge -> challenge.startsWith("Basic"))
                .anyMatch(challenge -> challenge.startsWith("Bearer"));
    }

    @Test
    void theApiDescriptionOffersATokenOrHttpBasic() {
        Response docs = api.anonymous().get("/v3/api-docs");

        assertThat(docs.body().path("components").path("securitySchemes").path("token").path("scheme").asText())
                .isEqualTo("bearer");
        assertThat(docs.body().path("security").toString()).contains("{\"token\":[]}", "{\"basic\":[]}");
    }

    @Test
    void anAdminsTokenDoesNotOpenTheEngineRestApi() {
        Response refused = api.withToken(tokens.create("admin").secret()).get("/engine-rest/engine");

        assertThat(refused.code()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

}
