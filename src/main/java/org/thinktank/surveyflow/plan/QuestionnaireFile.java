package org.thinktank.surveyflow.plan;

/** A questionnaire draft with its content, for download. */
public record QuestionnaireFile(Questionnaire questionnaire, byte[] content) {
}
