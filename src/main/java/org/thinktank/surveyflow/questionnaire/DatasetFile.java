package org.thinktank.surveyflow.questionnaire;

/** A dataset's raw file as uploaded, for download. */
public record DatasetFile(Dataset dataset, byte[] content) {
}
