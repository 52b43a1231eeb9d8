package org.thinktank.surveyflow.http;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.ProblemWriter;
import org.thinktank.surveyflow.problem.Reason;

/**
 * The {@code Content-Type} and {@code Accept} headers are media types, on every address (pages, API, health probe,
 * Camunda): one that is not ({@code ;;;}, {@code text/}) is refused with 400 before anything parses it and fails
 * with a 500; a {@code Content-Type} naming a charset Java does not know ({@code charset=nope}) with 415.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 7)
class MediaTypeHeadersFilter extends OncePerRequestFilter {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]*)");

    private final ProblemWriter problems;

    MediaTypeHeadersFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null) {
            try {
                MediaType.parseMediaType(contentType);
            } catch (InvalidMediaTypeException e) {
                refuseContentType(contentType, request, response);
                return;
            }
        }
        for (String accept : Collections.list(request.getHeaders("Accept"))) {
            try {
                MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                problems.write(request, response, HttpStatus.BAD_REQUEST,
                        Reason.of("request.accept", InputText.quote(accept)));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuseContentType(String header, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher charset = CHARSET.matcher(header);
        if (charset.find() && !isSupported(charset.group(1))) {
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    Reason.of("request.contentType.charset", InputText.quote(charset.group(1))));
        } else {
            problems.write(request, response, HttpStatus.BAD_REQUEST,
                    Reason.of("request.contentType.invalid", InputText.quote(header)));
        }
    }

    private static boolean isSupported(String charset) {
        try {
            return !charset.isEmpty() && Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
