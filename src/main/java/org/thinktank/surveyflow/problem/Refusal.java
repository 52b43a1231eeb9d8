package org.thinktank.surveyflow.problem;

import java.util.Locale;

/**
 * A refusal by a service, with its reason in the reader's language when it has one from the bundles; the
 * exception's message is its English text, for logs. Refusals still written as English text keep it in every
 * language.
 */
public abstract class Refusal extends RuntimeException {

    private final Reason reason;

    protected Refusal(String message) {
        super(message);
        this.reason = Reason.of("problem.text", message);
    }

    protected Refusal(Reason reason) {
        super(ProblemMessages.english().text(reason, Locale.ENGLISH));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
