package org.thinktank.surveyflow.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record Finding(long id, long surveyId, String author, String title, FieldMethod method, String place,
                      LocalDate observedOn, String evidence, String recommendation, String sources,
                      FindingStatus status, List<Figure> figures, Instant createdAt, Instant updatedAt,
                      Instant submittedAt) {

    /** This finding with the given figures. */
    public Finding withFigures(List<Figure> figures) {
        return new Finding(id, surveyId, author, title, method, place, observedOn, evidence, recommendation, sources,
                status, figures, createdAt, updatedAt, submittedAt);
    }
}
