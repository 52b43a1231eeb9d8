package org.thinktank.surveyflow.support;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.stereotype.Component;

/** Hands out {@link ApiClient}s for the demo users (password "demo"), other accounts and personal access tokens. */
@Component
public class Api {

    private final TestRestTemplate rest;
    private final ObjectMapper json;

    public Api(TestRestTemplate rest, ObjectMapper json) {
        this.rest = rest;
        this.json = json;
    }

    public ApiClient as(String username) {
        return as(username, "demo");
    }

    public ApiClient as(String username, String password) {
        return new ApiClient(rest, json, headers -> headers.setBasicAuth(username, password, StandardCharsets.UTF_8));
    }

    /** Signed in with a personal access token ({@code Authorization: Bearer}). */
    public ApiClient withToken(String token) {
        return new ApiClient(rest, json, headers -> headers.setBearerAuth(token));
    }

    public ApiClient anonymous() {
        return new ApiClient(rest, json, headers -> { });
    }
}
