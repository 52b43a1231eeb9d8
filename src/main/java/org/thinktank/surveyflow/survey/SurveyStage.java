package org.thinktank.surveyflow.survey;

/** Where an investigation stands. The BPMN moves it from stage to stage. */
public enum SurveyStage {
    PLANNING, FINDINGS, DRAFTING, REVIEW, DECISION, APPROVAL, PUBLISHED, CLOSED;

    public boolean isFinal() {
        return this == PUBLISHED || this == CLOSED;
    }
}
