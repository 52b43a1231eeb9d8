package org.thinktank.surveyflow.problem;

/** The thing asked for does not exist, or the caller may not know that it does. Answered with 404. */
public class NotFoundException extends Refusal {

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(Reason reason) {
        super(reason);
    }
}
