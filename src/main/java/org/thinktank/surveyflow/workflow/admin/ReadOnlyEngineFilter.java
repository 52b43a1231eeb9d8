package org.thinktank.surveyflow.workflow.admin;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinktank.surveyflow.problem.ProblemWriter;
import org.thinktank.surveyflow.problem.Reason;

/**
 * Keeps Camunda's engine REST API and webapps (Cockpit, Admin, Tasklist) read-only: an investigation's process moves
 * only through the application's own services, which do the domain work of each step (ADR 8). Reads pass; signing in
 * to the webapps passes; changing a Camunda account's password and setting the retries of failed jobs, the
 * documented repair, pass and are logged; every other write is refused with 403 problem JSON before Camunda sees it,
 * and logged. Runs after Spring Security, which
 * lets only admins reach these paths.
 */
class ReadOnlyEngineFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ReadOnlyEngineFilter.class);

    private final String engineRest;
    private final String webapps;
    private final ProblemWriter problems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * @param engineRest where the engine REST API is served, e.g. {@code /engine-rest}
     * @param webapps where the Camunda webapps are served, e.g. {@code /camunda}
     */
    ReadOnlyEngineFilter(String engineRest, String webapps, ProblemWriter problems, ApplicationEventPublisher events,
                         Clock clock) {
        this.engineRest = engineRest;
        this.webapps = webapps;
        this.problems = problems;
        this.events = events;
        this.clock = clock;
    }

    /** What the request would do, or null when it is not for Camunda's REST API or webapps. */
    EngineCall classify(String method, String path) {
        if (isUnder(path, engineRest)) {
            return EngineCall.ofEngineRest(method, path.substring(engineRest.length()));
        }
        String api = webapps + "/api";
        if (isUnder(path, api + "/engine")) {
            return EngineCall.ofEngineRest(method, path.substring((api + "/engine").length()));
        }
        if (isUnder(path, api + "/cockpit")) {
            return EngineCall.ofCockpit(method, path.substring((api + "/cockpit").length()));
        }
        if (isUnder(path, api + "/admin")) {
            return EngineCall.ofAdmin(method, path.substring((api + "/admin").length()));
        }
        if (isUnder(path, webapps)) {
            return EngineCall.ofWebapp(method);
        }
        return null;
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        EngineCall call = classify(request.getMethod(), path);
        if (call == null || call.allowed()) {
            chain.doFilter(request, response);
            if (call != null && call.recorded()) {
                record(request, path, call, response.getStatus());
            }
        } else {
            record(request, path, call, HttpStatus.FORBIDDEN.value());
            problems.write(request, response, HttpStatus.FORBIDDEN,
                    Reason.of("engine.readOnly", request.getMethod(), path));
        }
    }

    private void record(HttpServletRequest request, String path, EngineCall call, int status) {
        EngineWrite write = new EngineWrite(request.getRemoteUser(), request.getMethod(), path, call, status,
                clock.instant());
        if (write.refused()) {
            log.warn("Engine write refused: {} {} by {}", write.method(), path, write.username());
        } else {
            log.warn("Engine {}: {} {} by {} answered {}", call == EngineCall.REPAIR ? "repair" : "password change",
                    write.method(), path, write.username(), status);
        }
        events.publishEvent(write);
    }
}
