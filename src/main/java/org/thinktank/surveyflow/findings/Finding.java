package org.thinktank.surveyflow.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record Finding(long id, long surveyId, String author, String title, FieldMethod method, String place,
                      LocalDate observedOn, String evidence, String recommendation, String sources,
                      FindingStatus status, List<Figure> figures, Instant createdAt, Instant updatedAt,
                      Instant submittedAt) {
}
