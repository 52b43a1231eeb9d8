package org.thinktank.surveyflow.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST. */
@PageController
class LoginWebController {

    private final long lockoutMinutes;

    LoginWebController(@Value("${surveyflow.sign-in.lockout:PT15M}") Duration lockout) {
        this.lockoutMinutes = Math.max(1, (lockout.toSeconds() + 59) / 60);
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockoutMinutes", lockoutMinutes);
        return "login";
    }
}
