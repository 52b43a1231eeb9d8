package org.thinktank.surveyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;

/**
 * The first admin comes from the secret SURVEYFLOW_ADMIN_PASSWORD, once; here under a name of its own, beside the
 * demo's accounts.
 */
@IntegrationTest
class FirstAdminIT {

    private static final String SECRET = "Tz8#kq2!vLm9-first";

    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDirectory users;
    @Autowired
    Api api;

    @Test
    void theFirstAdminIsCreatedFromTheSecretAndMayCreateAccounts() {
        new FirstAdmin(accounts, users, "first.admin", SECRET).createIfMissing();

        assertThat(api.as("first.admin", SECRET).get("/api/me").body().path("role").asText()).isEqualTo("ADMIN");
        assertThat(api.as("first.admin", SECRET).get("/api/users").code()).isEqualTo(200);
    }

    @Test
    void anExistingAdminKeepsItsPasswordWhenTheSecretChanges() {
        new FirstAdmin(accounts, users, "kept.admin", SECRET).createIfMissing();

        new FirstAdmin(accounts, users, "kept.admin", "Another-secret-8#").createIfMissing();

        assertThat(api.as("kept.admin", SECRET).get("/api/me").code()).isEqualTo(200);
        assertThat(api.as("kept.admin", "Another-secret-8#").get("/api/me").code()).isEqualTo(401);
    }
}
