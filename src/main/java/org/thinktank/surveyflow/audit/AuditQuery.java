package org.thinktank.surveyflow.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.thinktank.surveyflow.problem.InvalidRequestException;

/**
 * Which events to read, newest first, one page at a time. Every filter is optional; {@code from} and {@code to} are
 * whole days in the think tank's time zone, both included. Refused with an {@link InvalidRequestException} (400)
 * when a value is out of range.
 *
 * @param page the page, from 0
 * @param size events per page, 1 to {@value #MAX_SIZE}
 */
public record AuditQuery(Long surveyId, String actor, AuditKind kind, LocalDate from, LocalDate to, int page,
                         int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        List<String> errors = new ArrayList<>();
        if (page < 0) {
            errors.add("page: must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size: must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to: must not be before from (" + from + ")");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** How many events the pages before this one hold. */
    public long offset() {
        return (long) page * size;
    }
}
