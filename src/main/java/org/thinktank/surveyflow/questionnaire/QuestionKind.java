package org.thinktank.surveyflow.questionnaire;

/** What a questionnaire column holds, as detected from its answers. */
public enum QuestionKind {
    SINGLE_CHOICE,
    /** One column holding several options ("A┋B┋C"), or one 0/1 column per option, read as one question. */
    MULTIPLE_CHOICE,
    /** An ordered scale of agreement or satisfaction (1–5, 非常不满意 … 非常满意). */
    LIKERT,
    NUMBER,
    FREE_TEXT
}
