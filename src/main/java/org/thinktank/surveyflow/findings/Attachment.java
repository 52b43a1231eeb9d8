package org.thinktank.surveyflow.findings;

import java.time.Instant;

/** A file attached to a finding, without its content. */
public record Attachment(long id, long findingId, String fileName, String contentType, long sizeBytes,
                         String uploadedBy, Instant uploadedAt) {
}
