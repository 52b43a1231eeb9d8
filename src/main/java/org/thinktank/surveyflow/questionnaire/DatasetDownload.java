package org.thinktank.surveyflow.questionnaire;

/** A dataset's raw file as uploaded, for download. */
public record DatasetDownload(Dataset dataset, byte[] content) {
}
