package org.thinktank.surveyflow.paging;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;

/**
 * Which page of a list to read. Controllers take it as a parameter, read from the query parameters {@code page} and
 * {@code size} ({@link PageRequestResolver}). Refused with an {@link InvalidRequestException} (400) naming the
 * parameter when a value is out of range.
 *
 * @param page the page, from 0; a page past the end is empty
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
@ParameterObject
public record PageRequest(@Parameter(description = "the page, from 0") int page,
                          @Parameter(description = "items per page, 1 to 200 (default 50)") int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final String PAGE_PARAMETER = "page";
    public static final String SIZE_PARAMETER = "size";

    public PageRequest {
        List<InputProblem> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(InputProblem.of(PAGE_PARAMETER, "paging.pageAtLeastZero"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(InputProblem.of(SIZE_PARAMETER, "paging.sizeBetween", 1, MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.of(errors);
        }
    }

    /** The first page, of the default size. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    /** How many items the pages before this one hold: the query's {@code offset}. */
    public long offset() {
        return (long) page * size;
    }
}
