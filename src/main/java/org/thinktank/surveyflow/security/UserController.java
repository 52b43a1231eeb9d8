package org.thinktank.surveyflow.security;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;

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
    Page<AppUser> users(Actor actor, @RequestParam(required = false) Role role,
                        @RequestParam(required = false) String q, PageRequest page) {
        actor.require(Role.ADMIN, "manage user accounts");
        return accounts.search(role, q, page);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    AppUser create(Actor actor, @Valid @RequestBody NewUser request) {
        actor.require(Role.ADMIN, "manage user accounts");
        return accounts.create(request);
    }
}
