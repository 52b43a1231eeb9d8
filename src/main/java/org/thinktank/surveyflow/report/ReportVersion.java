package org.thinktank.surveyflow.report;

import java.time.Instant;

public record ReportVersion(long id, long surveyId, int number, VersionStatus status, ReportSections sections,
                            String author, Instant createdAt, Instant updatedAt, Instant submittedAt) {
}
