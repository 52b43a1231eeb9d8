package org.thinktank.surveyflow.notification;

/** A notice was recorded for someone; published inside the transaction that recorded it. */
public record NotificationRecorded(String recipient, NotificationKind kind, String subject, String body) {
}
