package org.thinktank.surveyflow.web;

import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST. */
@PageController
class LoginWebController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
