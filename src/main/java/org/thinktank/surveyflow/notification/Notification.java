package org.thinktank.surveyflow.notification;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A notice the workflow sent someone; {@code readAt} is null until they mark it read; {@code arguments} are those it
 * was written from, for notices the pages show in their reader's language (null for the older kinds).
 */
public record Notification(long id, String recipient, Long surveyId, NotificationKind kind, String subject,
                           String body, Instant createdAt, Instant readAt, @JsonIgnore NoticeArguments arguments) {

    @JsonProperty
    public boolean read() {
        return readAt != null;
    }
}
