package org.thinktank.surveyflow.notification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.security.Actor;

/** My notifications, newest first, and marking them read. */
@RestController
class NotificationController {

    private final Notifier notifier;

    NotificationController(Notifier notifier) {
        this.notifier = notifier;
    }

    @GetMapping("/api/notifications")
    NotificationPage mine(Actor actor, @RequestParam(defaultValue = "false") boolean unread, PageRequest page) {
        return notifier.of(actor.username(), unread, page);
    }

    @PostMapping("/api/notifications/{notificationId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markOneRead(Actor actor, @PathVariable long notificationId) {
        notifier.open(actor.username(), notificationId);
    }

    @PostMapping("/api/notifications/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(Actor actor, @RequestParam(required = false) Long upTo) {
        notifier.markRead(actor.username(), upTo);
    }
}
