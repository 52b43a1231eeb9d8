package org.thinktank.surveyflow.problem;

import java.util.List;

/** The request's content breaks a rule that field annotations cannot express. Answered with 400. */
public class InvalidRequestException extends RuntimeException {

    private final List<String> errors;

    public InvalidRequestException(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String error) {
        this(List.of(error));
    }

    public List<String> errors() {
        return errors;
    }
}
