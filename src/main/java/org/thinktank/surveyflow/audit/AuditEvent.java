package org.thinktank.surveyflow.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One recorded change, as read back. {@code before} and {@code after} are JSON text (null when the change has
 * none); the API gives them as JSON values.
 */
public record AuditEvent(long id, Instant at, String actor, AuditKind kind, Long surveyId, Long meetingId,
                         String subject, @JsonRawValue String before, @JsonRawValue String after,
                         String clientAddress) {
}
