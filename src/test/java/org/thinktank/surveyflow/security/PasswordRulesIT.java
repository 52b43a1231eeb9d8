package org.thinktank.surveyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient.Response;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;

/** An admin creating an account must give it a password of at least ten characters that is not a common one. */
@IntegrationTest
class PasswordRulesIT {

    @Autowired
    Api api;
    @Autowired
    Refusals refusals;

    private static Map<String, String> account(String username, String password) {
        return Map.of("username", username, "displayName", "New Person", "role", "RESEARCHER", "password", password);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            demo                 | Password: must have at least 10 characters
            Sh0rt-9!x            | Password: must have at least 10 characters
            password123          | Password: is one of the most common passwords
            Qwertyuiop!          | Password: is one of the most common passwords
            surveyflow2026       | Password: is one of the most common passwords
            new.person-1984!     | Password: must not contain the username
            zzzzzzzzzzzz         | Password: must use at least 5 different characters
            """)
    void aWeakPasswordIsRefusedSayingWhyAndNothingIsWritten(String password, String reason) {
        Response refused = refusals.expect(400, reason,
                () -> api.as("admin").post("/api/users", account("new.person", password)));

        assertThat(refused.body().path("errors").toString()).contains(reason);
    }

    @Test
    void aWeakPasswordIsRefusedInChineseNamingTheField() {
        Response refused = refusals.expect(400, "密码：至少需要 10 个字符",
                () -> api.as("admin").in("zh-CN").post("/api/users", account("new.person", "demo")));

        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("password");
    }

    @Test
    void anAccountWithAStrongPasswordIsCreatedAndSignsIn() {
        Response created = api.as("admin").post("/api/users", account("strong.person", "Tz8#kq2!vLm9-wide"));

        assertThat(created.code()).as(created.toString()).isEqualTo(201);
        assertThat(api.as("strong.person", "Tz8#kq2!vLm9-wide").get("/api/me").body().path("role").asText())
                .isEqualTo("RESEARCHER");
    }
}
