package org.thinktank.surveyflow.notification.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.PageController;

/** The notices the workflow sent me, newest first, a page at a time: the mailbox when no mail server is configured. */
@PageController
class NotificationsWebController {

    private final Notifier notifier;

    NotificationsWebController(Notifier notifier) {
        this.notifier = notifier;
    }

    @GetMapping("/notifications")
    String notifications(Actor actor, Model model, @RequestParam(defaultValue = "false") boolean unread,
                         PageRequest page, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("notifications", notifier.of(actor.username(), unread, page));
        model.addAttribute("unreadOnly", unread);
        return htmx != null ? "notifications :: list" : "notifications";
    }

    /** Opening a notice marks it read and goes to its investigation (or back to the list for a notice about none). */
    @PostMapping("/notifications/{id}/open")
    String open(Actor actor, @PathVariable long id) {
        return notifier.open(actor.username(), id).map(survey -> "redirect:/surveys/" + survey)
                .orElse("redirect:/notifications");
    }

    @PostMapping("/notifications/read")
    String markRead(Actor actor, @RequestParam(required = false) Long upTo) {
        notifier.markRead(actor.username(), upTo);
        return "redirect:/notifications";
    }
}
