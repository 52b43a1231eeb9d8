package org.thinktank.surveyflow.problem;

/** The caller's role or assignment does not allow this. Answered with 403. */
public class ForbiddenException extends Refusal {

    public ForbiddenException(String message) {
        super(message);
    }

    public ForbiddenException(Reason reason) {
        super(reason);
    }
}
