package org.thinktank.surveyflow.notification;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A notice the workflow sent someone; {@code readAt} is null until they mark it read. */
public record Notification(long id, String recipient, Long surveyId, NotificationKind kind, String subject,
                           String body, Instant createdAt, Instant readAt) {

    @JsonProperty
    public boolean read() {
        return readAt != null;
    }
}
