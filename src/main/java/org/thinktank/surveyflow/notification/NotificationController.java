package org.thinktank.surveyflow.notification;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

@RestController
class NotificationController {

    private final Notifier notifier;

    NotificationController(Notifier notifier) {
        this.notifier = notifier;
    }

    @GetMapping("/api/notifications")
    List<Notification> mine(Actor actor) {
        return notifier.of(actor.username());
    }
}
