package org.thinktank.surveyflow.paging;

import java.util.ArrayList;
import java.util.List;

import org.thinktank.surveyflow.problem.InvalidRequestException;

/**
 * Which page of a list to show: pages are numbered from 0, as the audit trail's are, and hold {@code size} items, 1
 * to {@value #MAX_SIZE}. Built from the {@code page} and {@code size} query parameters, which the refusals name.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        List<String> errors = new ArrayList<>();
        if (page < 0) {
            errors.add("page: must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size: must be between 1 and " + MAX_SIZE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** How many items the pages before this one hold, or {@link Integer#MAX_VALUE} when no list is that long. */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) page * size);
    }
}
