package org.thinktank.surveyflow.problem;

/** The request is well-formed but the thing is not in a state that allows it. Answered with 409. */
public class ConflictException extends Refusal {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(Reason reason) {
        super(reason);
    }
}
