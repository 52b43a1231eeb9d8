package org.thinktank.surveyflow.questionnaire;

import java.time.Instant;

/** A questionnaire dataset uploaded to an investigation, without its file and summary. */
public record Dataset(long id, long surveyId, String title, String fileName, String contentType, long sizeBytes,
                      long respondents, String uploadedBy, Instant uploadedAt) {
}
