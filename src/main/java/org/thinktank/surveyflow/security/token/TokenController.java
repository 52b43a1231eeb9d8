package org.thinktank.surveyflow.security.token;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

/** Personal access tokens for API clients (Authorization: Bearer); the secret is in the answer to creating only. */
@RestController
@RequestMapping("/api")
class TokenController {

    private final PersonalAccessTokens tokens;

    TokenController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(Actor actor, @Valid @RequestBody NewToken request) {
        return tokens.create(actor, request);
    }

    @GetMapping("/tokens")
    List<TokenSummary> own(Actor actor) {
        return tokens.own(actor);
    }

    @DeleteMapping("/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable long tokenId) {
        tokens.revoke(actor, tokenId);
    }

    @GetMapping("/users/{username}/tokens")
    List<TokenSummary> ofUser(Actor actor, @PathVariable String username) {
        return tokens.of(actor, username);
    }
}
