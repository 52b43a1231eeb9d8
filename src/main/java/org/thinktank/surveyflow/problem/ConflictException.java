package org.thinktank.surveyflow.problem;

/** The request is well-formed but the thing is not in a state that allows it. Answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
