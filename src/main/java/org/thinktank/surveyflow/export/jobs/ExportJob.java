package org.thinktank.surveyflow.export.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A background export and how far it got.
 *
 * @param bytes the size of the written file, once done
 * @param download where to fetch the file, once done
 */
public record ExportJob(UUID id, ExportKind kind, long meetingId, String requestedBy, ExportStatus status,
                        String fileName, Long bytes, String error, Instant createdAt, Instant finishedAt,
                        String download) {
}
