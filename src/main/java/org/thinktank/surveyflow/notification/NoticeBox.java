package org.thinktank.surveyflow.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Where every notice goes: recorded once per recipient, investigation, occasion and day (so a version recalled and
 * submitted again the same day is announced once), then announced as {@link NotificationRecorded} for the mail.
 */
@Component
class NoticeBox {

    private final NotificationRepository notifications;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;

    NoticeBox(NotificationRepository notifications, WorkCalendar calendar, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.calendar = calendar;
        this.events = events;
    }

    /**
     * Stores and announces a notice (with the arguments it was written from, if it was written from the bundles);
     * answers false, doing nothing, when the recipient had it already today.
     */
    boolean put(String recipient, long surveyId, NotificationKind kind, String subject, String body, String occasion,
                NoticeArguments arguments) {
        boolean stored = notifications.insert(recipient, surveyId, kind, subject, body, occasion, arguments,
                calendar.now(), calendar.today());
        if (stored) {
            events.publishEvent(new NotificationRecorded(recipient, kind, subject, body));
        }
        return stored;
    }
}
