package org.thinktank.surveyflow.notification.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.PageController;

/** The notices the workflow sent me, newest first: the mailbox when no mail server is configured. */
@PageController
class NotificationsWebController {

    private final Notifier notifier;

    NotificationsWebController(Notifier notifier) {
        this.notifier = notifier;
    }

    @GetMapping("/notifications")
    String notifications(Actor actor, Model model) {
        model.addAttribute("notifications", notifier.of(actor.username()));
        return "notifications";
    }
}
