package org.thinktank.surveyflow.survey;

/** Published inside the transaction in which an investigation ended: its report published, or it was closed. */
public record SurveyEnded(long surveyId, SurveyStage stage) {
}
