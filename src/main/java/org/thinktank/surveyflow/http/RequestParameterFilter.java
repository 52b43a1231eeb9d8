package org.thinktank.surveyflow.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.ProblemWriter;
import org.thinktank.surveyflow.problem.Reason;

/**
 * Query parameters and form fields (posted as a form or as the text fields of a multipart upload) keep the rules of
 * all text input ({@link InputText#problemOf}): one with U+0000 is refused with 400 naming it, before any page or
 * API reads it and PostgreSQL refuses it with a 500; and parameters Tomcat could not read are a 400 rather than
 * parameters silently missing. Runs after sign-in, so only a signed-in user makes it read an
 * upload; Camunda's own servlets read their requests themselves.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
class RequestParameterFilter extends OncePerRequestFilter {

    /** Where Tomcat says why it could not read some parameters (a {@code Parameters.FailReason}). */
    static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    private final ProblemWriter problems;

    RequestParameterFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return CamundaPaths.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters = request.getParameterMap();
        Reason unreadable = unreadable(request);
        if (unreadable != null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, unreadable);
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String problem = InputText.problemOf(parameter.getKey()).orElse(null);
            for (String value : parameter.getValue()) {
                problem = problem != null ? problem : InputText.problemOf(value).orElse(null);
            }
            if (problem != null) {
                String name = parameter.getKey().replace("\0", "\\u0000");
                problems.write(request, response, HttpStatus.BAD_REQUEST, Reason.of("problem.field",
                        name.length() > 64 ? name.substring(0, 64) + "…" : name, InputText.reasonOf(problem)));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Why Tomcat dropped some of the parameters, if it did: it skips what it cannot decode and reads no more than
     * {@code server.tomcat.max-parameter-count}, silently. An upload's limits are reported when it is read.
     */
    private static Reason unreadable(HttpServletRequest request) {
        Object reason = request.getAttribute(PARSE_FAILED_REASON);
        String contentType = request.getContentType();
        if (reason == null || (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/"))) {
            return null;
        }
        return switch (reason.toString()) {
            case "URL_DECODING" -> Reason.of("request.parameters.urlDecoding");
            case "TOO_MANY_PARAMETERS" -> Reason.of("request.parameters.tooMany");
            case "NO_NAME" -> Reason.of("request.parameters.noName");
            case "POST_TOO_LARGE" -> Reason.of("request.parameters.tooLarge");
            default -> Reason.of("request.parameters.unreadable");
        };
    }
}
