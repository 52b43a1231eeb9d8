package org.thinktank.surveyflow.problem;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * While the database cannot be reached ({@link DatabaseUnavailable}), every request is answered 503 with
 * {@code Retry-After} and says so: the API with problem JSON, the pages with the error page in the reader's language
 * ({@value #MESSAGE} in the message bundles). Nothing needs a restart afterwards: the connection pool connects again
 * as soon as the database is back.
 *
 * <p>It resolves exceptions before the {@code @ControllerAdvice} handlers do and passes on every other failure. HTTP
 * Basic reads the account from the database before any controller runs, so the API's entry point and the sign-in
 * form are wrapped too ({@link #entryPoint}, {@link #loginFailure}).
 */
@Component
public class DatabaseUnavailableHandler implements HandlerExceptionResolver, Ordered {

    static final String MESSAGE = "problem.databaseUnavailable";
    static final int RETRY_AFTER_SECONDS = 5;
    private static final String PAGE = "problem";
    private static final long QUIET_MILLIS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    private final ProblemWriter problems;
    private final MessageSource messages;
    private final AtomicLong lastLogged = new AtomicLong();

    DatabaseUnavailableHandler(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    @Nullable
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                         @Nullable Object handler, Exception failure) {
        if (!DatabaseUnavailable.isCauseOf(failure) || response.isCommitted()) {
            return null;
        }
        logQuietly(request, failure);
        if (isPage(request, handler)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            String view = request.getHeader("HX-Request") != null ? PAGE + " :: problem" : PAGE;
            return new ModelAndView(view, Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(),
                    "messages", List.of(message(RequestContextUtils.getLocale(request)))), HttpStatus.SERVICE_UNAVAILABLE);
        }
        try {
            writeProblem(request, response);
        } catch (IOException e) {
            log.debug("Could not answer 503", e);
        }
        return new ModelAndView();
    }

    /** HTTP Basic: 503 when the account could not be read for want of the database, else what {@code otherwise} says. */
    public AuthenticationEntryPoint entryPoint(AuthenticationEntryPoint otherwise) {
        return (request, response, failure) -> {
            if (DatabaseUnavailable.isCauseOf(failure)) {
                logQuietly(request, failure);
                writeProblem(request, response);
            } else {
                otherwise.commence(request, response, failure);
            }
        };
    }

    /** The sign-in form: back to it with {@code ?unavailable} (the page says why), else what {@code otherwise} does. */
    public AuthenticationFailureHandler loginFailure(AuthenticationFailureHandler otherwise) {
        return (request, response, failure) -> {
            if (DatabaseUnavailable.isCauseOf(failure)) {
                logQuietly(request, failure);
                response.sendRedirect(request.getContextPath() + "/login?unavailable");
            } else {
                otherwise.onAuthenticationFailure(request, response, failure);
            }
        };
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, Reason.of(MESSAGE));
    }

    private String message(Locale locale) {
        return messages.getMessage(MESSAGE, null, locale);
    }

    /** Controllers answering with a body are the API; the others render pages. */
    private static boolean isPage(HttpServletRequest request, @Nullable Object handler) {
        if (handler instanceof HandlerMethod method) {
            return !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                    && !method.hasMethodAnnotation(ResponseBody.class);
        }
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** One line per quiet period: during an outage every request fails the same way. */
    private void logQuietly(HttpServletRequest request, Throwable failure) {
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= QUIET_MILLIS && lastLogged.compareAndSet(last, now)) {
            log.warn("The database is not reachable; answering 503 ({} {}): {}", request.getMethod(),
                    request.getRequestURI(), rootCause(failure));
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
