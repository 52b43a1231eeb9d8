package org.thinktank.surveyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.support.ApiClient.Response;

/** Personal access tokens of demo users, created through the API as a client would, signed in with HTTP Basic. */
@Component
public class Tokens {

    private final Api api;
    private final AtomicInteger count = new AtomicInteger();

    public Tokens(Api api) {
        this.api = api;
    }

    /** A new token of the demo user's, with the default lifetime. */
    public Token create(String username) {
        return create(api.as(username));
    }

    /** A new token of whoever the client signs in as. */
    public Token create(ApiClient owner) {
        Response created = owner.post("/api/tokens", Map.of("name", "test token " + count.incrementAndGet()));
        assertThat(created.code()).as(created.toString()).isEqualTo(201);
        return new Token(created.body().path("id").asLong(), created.body().path("token").asText());
    }

    /** A token's id, to address it, and its secret, to sign in with. */
    public record Token(long id, String secret) {
    }
}
