package org.thinktank.surveyflow.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.http.RawHttp;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Tokens;

/**
 * Authorization headers as clients get them wrong, sent over a plain socket as written: each is answered 401 with
 * problem JSON that says what was wrong, never 500, and writes nothing.
 */
@IntegrationTest
class BearerHeadersIT {

    private static final String UNKNOWN = "ttsw_" + "7".repeat(43);
    private static final String MALFORMED = "The Authorization header holds no token of this application: send "
            + "'Authorization: Bearer ttsw_…' with the whole token";
    private static final String REFUSED = "The token is unknown, has expired or was revoked, or its account is disabled; "
            + "create a new one (POST /api/tokens, or the API tokens page)";
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("li.wei:demo".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Tokens tokens;

    /** A malformed or refused Authorization header, and what the refusal says. */
    record Header(String name, UnaryOperator<RawHttp> request, String says) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Header> refused() {
        String twoHeaders = "Send one Authorization header, not 2";
        return Stream.of(
                new Header("Bearer without a token", r -> r.header("Authorization", "Bearer"), MALFORMED),
                new Header("Bearer and spaces", r -> r.header("Authorization", "Bearer    "), MALFORMED),
                new Header("Bearer with garbage", r -> r.bearer("not-a-token"), MALFORMED),
                new Header("Bearer with the prefix only", r -> r.bearer("ttsw_"), MALFORMED),
                new Header("Bearer with a token one character short", r -> r.bearer(UNKNOWN.substring(1)),
                        MALFORMED),
                new Header("Bearer with a token of 4,000 characters", r -> r.bearer("ttsw_" + "a".repeat(4000)),
                        MALFORMED),
                new Header("Bearer with two tokens", r -> r.bearer(UNKNOWN + " " + UNKNOWN), MALFORMED),
                new Header("Bearer with a token and a Basic credential", r -> r.bearer(UNKNOWN + ", " + BASIC),
                        MALFORMED),
                new Header("Bearer with bytes that are not ASCII", r -> r.bearer("ttsw_令牌"), MALFORMED),
                new Header("a well-formed token nobody has", r -> r.bearer(UNKNOWN), REFUSED),
                new Header("the scheme in lower case with a token nobody has",
                        r -> r.header("Authorization", "bearer " + UNKNOWN), REFUSED),
                new Header("two Authorization headers, Bearer and Basic",
                        r -> r.bearer(UNKNOWN).repeat("Authorization", BASIC), twoHeaders),
                new Header("two Authorization headers, both Basic and right",
                        r -> r.header("Authorization", BASIC).repeat("Authorization", BASIC), twoHeaders),
                new Header("a Bearer header on a download",
                        r -> r.request("GET", "/api/meetings/1/workbook.xlsx").bearer("garbage"),
                        MALFORMED));
    }

    private RawHttp me() {
        return RawHttp.to(port).request("GET", "/api/me").header("Accept", "application/json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWith401SayingWhatWasWrongAndWritesNothing(Header header) {
        DatabaseSnapshot rowsBefore = DatabaseSnapshot.of(jdbc);
        String contentBefore = DatabaseSnapshot.contentOf(jdbc);

        RawHttp.Response response = header.request().apply(me()).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.body()).contains(header.says());
        assertThat(response.header("www-authenticate")).startsWith("Bearer realm=");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(rowsBefore);
        assertThat(DatabaseSnapshot.contentOf(jdbc)).isEqualTo(contentBefore);
    }

    @Test
    void theSchemeIsReadInAnyCase() {
        String token = tokens.create("li.wei").secret();

        RawHttp.Response response = me().header("Authorization", "BEARER " + token).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"li.wei\"");
    }

    @Test
    void anotherSchemeIsLeftToHttpBasicWhichRefusesIt() {
        RawHttp.Response response = me().header("Authorization", "Token " + UNKNOWN).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("www-authenticate")).startsWith("Basic realm=");
    }
}
