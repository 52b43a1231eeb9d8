package org.thinktank.surveyflow.web;

/** An {@link Irreversible} action posted without its confirmation; answered by {@link ConfirmationPage}. */
class UnconfirmedAction extends RuntimeException {

    private final String questionKey;

    UnconfirmedAction(String questionKey) {
        super("Not confirmed: " + questionKey, null, false, false);
        this.questionKey = questionKey;
    }

    String questionKey() {
        return questionKey;
    }
}
