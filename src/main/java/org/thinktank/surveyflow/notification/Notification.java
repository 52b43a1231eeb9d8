package org.thinktank.surveyflow.notification;

import java.time.Instant;

public record Notification(long id, String recipient, Long surveyId, NotificationKind kind, String subject,
                           String body, Instant createdAt) {
}
