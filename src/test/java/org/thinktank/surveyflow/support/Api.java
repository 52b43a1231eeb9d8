package org.thinktank.surveyflow.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.stereotype.Component;

/** Hands out {@link ApiClient}s for the demo users (password "demo"). */
@Component
public class Api {

    private final TestRestTemplate rest;
    private final ObjectMapper json;

    public Api(TestRestTemplate rest, ObjectMapper json) {
        this.rest = rest;
        this.json = json;
    }

    public ApiClient as(String username) {
        return new ApiClient(rest, json, username, "demo");
    }

    public ApiClient as(String username, String password) {
        return new ApiClient(rest, json, username, password);
    }

    public ApiClient anonymous() {
        return new ApiClient(rest, json, null, null);
    }
}
