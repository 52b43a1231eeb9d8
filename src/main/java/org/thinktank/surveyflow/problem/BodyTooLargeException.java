package org.thinktank.surveyflow.problem;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/** A request body grew past its limit while it was read (one sent in chunks, without a length). Answered with 413. */
public class BodyTooLargeException extends IOException {

    private final transient Reason reason;

    public BodyTooLargeException(DataSize limit) {
        super("The request body is larger than the limit of " + limit.toMegabytes() + " MB");
        this.reason = Reason.of("problem.bodyTooLarge", limit.toMegabytes());
    }

    public Reason reason() {
        return reason;
    }
}
