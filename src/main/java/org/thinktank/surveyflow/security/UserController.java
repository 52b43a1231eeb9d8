package org.thinktank.surveyflow.security;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts are managed by admins; everyone may read who they are. */
@RestController
@RequestMapping("/api")
class UserController {

    private final UserAccounts accounts;
    private final UserDirectory directory;

    UserController(UserAccounts accounts, UserDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping("/me")
    AppUser me(Actor actor) {
        return directory.find(actor.username()).orElseThrow();
    }

    @GetMapping("/users")
    List<AppUser> users(Actor actor) {
        actor.require(Role.ADMIN, "manage user accounts");
        return accounts.all();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    AppUser create(Actor actor, @Valid @RequestBody NewUser request) {
        actor.require(Role.ADMIN, "manage user accounts");
        return accounts.create(request);
    }
}
