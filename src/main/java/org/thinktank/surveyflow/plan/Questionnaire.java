package org.thinktank.surveyflow.plan;

/** The questionnaire draft attached to a version of the plan, without its content. */
public record Questionnaire(String fileName, String contentType, long sizeBytes) {
}
