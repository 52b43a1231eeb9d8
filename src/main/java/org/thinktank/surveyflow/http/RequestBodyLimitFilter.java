package org.thinktank.surveyflow.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinktank.surveyflow.problem.ProblemWriter;

/**
 * Refuses JSON bodies larger than the limit before anything reads them, so an oversized request cannot tie up
 * memory. Field sizes are checked later by validation; this bounds the request as a whole. File uploads have
 * their own multipart limits.
 */
@Component
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;
    private final ProblemWriter problems;

    RequestBodyLimitFilter(@Value("${surveyflow.max-json-body:4MB}") DataSize limit, ProblemWriter problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            problems.write(response, HttpStatus.LENGTH_REQUIRED, "A JSON body must be sent with a Content-Length");
        } else if (length > limit.toBytes()) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body has " + length + " bytes; the limit is " + limit.toMegabytes() + " MB");
        } else {
            chain.doFilter(request, response);
        }
    }
}
