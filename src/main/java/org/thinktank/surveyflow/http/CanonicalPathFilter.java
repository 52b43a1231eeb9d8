package org.thinktank.surveyflow.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinktank.surveyflow.problem.ProblemWriter;
import org.thinktank.surveyflow.problem.Reason;

/**
 * Every address has one spelling, and requests that spell it otherwise are refused before sign-in and before any
 * matcher decides who may see what: {@code //}, {@code /./}, {@code /../}, {@code ;params} and encoded slashes (the
 * firewall's rules, which Spring Security would apply too late for Camunda's servlets, whose path parsing fails on
 * them with a 500), letters, digits and {@code -._~} written as {@code %xx} ({@code /%65ngine-rest}), and the
 * top-level addresses of the API, the engine and the admin tools in another case ({@code /API/},
 * {@code /Engine-Rest/}). Nothing that a browser or HTTP client builds from the application's own links is refused.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class CanonicalPathFilter extends OncePerRequestFilter {

    /** Percent-encoded unreserved characters (RFC 3986, 2.3), which a canonical address never encodes. */
    private static final Pattern ENCODED_UNRESERVED =
            Pattern.compile("%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[Dd]|2[Ee]|5[Ff]|7[Ee])");

    /** The top-level addresses that are not pages; a page's address in another case finds no page. */
    private static final Set<String> TOP_LEVEL = Set.of("api", "engine-rest", "camunda", "actuator", "v3", "swagger-ui",
            "swagger-ui.html");

    private final HttpFirewall firewall;
    private final ProblemWriter problems;

    CanonicalPathFilter(HttpFirewall firewall, ProblemWriter problems) {
        this.firewall = firewall;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException e) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, RequestRejectedProblems.reason(e));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ENCODED_UNRESERVED.matcher(path).find()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, Reason.of("request.address.encoded", path));
            return;
        }
        String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        if (!TOP_LEVEL.contains(first) && TOP_LEVEL.contains(first.toLowerCase(Locale.ROOT))) {
            problems.write(request, response, HttpStatus.NOT_FOUND,
                    Reason.of("request.address.case", path, first.toLowerCase(Locale.ROOT)));
            return;
        }
        chain.doFilter(request, response);
    }
}
