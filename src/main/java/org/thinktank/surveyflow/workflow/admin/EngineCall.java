package org.thinktank.surveyflow.workflow.admin;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a request to Camunda's engine REST API or webapps would do, told from its method and path alone. Reading is
 * allowed; signing in to the webapps and changing a Camunda account's password are allowed; setting the retries of a
 * failed job is the one repair allowed; everything else changes the engine behind the application's back and is
 * refused. Anything not recognised as a
 * read or the repair counts as a write, so an endpoint a Camunda upgrade adds is refused until it is listed here.
 */
public enum EngineCall {
    /** A read: GET, HEAD, OPTIONS, or a POST to an endpoint that only runs a query. */
    READ,
    /** Signing in to or out of the Camunda webapps; touches no process. */
    SIGN_IN,
    /** Changing the password of a Camunda account (the webapps' own admin login); touches no process. */
    PASSWORD,
    /** Setting the retries of failed jobs: the job runs again as the model says, through the application's beans. */
    REPAIR,
    /** Anything else: completing tasks, correlating messages, changing variables, deleting, migrating … */
    WRITE;

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** The engine REST endpoints (7.24) that take a POST but only query: the body is the query's filter. */
    private static final List<Pattern> ENGINE_QUERIES = patterns(
            "/(task|process-instance|execution|variable-instance|job|job-definition|external-task|case-instance"
                    + "|case-execution|group)(/count)?",
            "/filter/[^/]+/(list|count|singleResult)",
            "/schema/log",
            "/history/(activity-instance|case-instance|external-task-log|job-log|process-instance|task"
                    + "|variable-instance)(/count)?",
            "/history/detail",
            // a migration plan generated or validated, not executed
            "/migration/(generate|validate)");

    private static final Pattern CREDENTIALS = Pattern.compile("/user/[^/]+/credentials");

    private static final List<Pattern> ENGINE_REPAIRS_PUT = patterns(
            "/job/[^/]+/retries",
            "/job-definition/[^/]+/retries");

    private static final List<Pattern> ENGINE_REPAIRS_POST = patterns(
            "/job/retries",
            "/process-instance/job-retries");

    /** Cockpit's own plugin API: these POSTs are queries as well. */
    private static final List<Pattern> COCKPIT_QUERIES = patterns(
            "/plugin/base/[^/]+/(incident|process-instance)(/count)?",
            "/plugin/base/[^/]+/process-instance/[^/]+/called-process-instances",
            "/plugin/base/[^/]+/process-definition/[^/]+/called-process-definitions");

    private static final List<Pattern> WEBAPP_SIGN_IN = patterns(
            "/auth/user/[^/]+/login/[^/]+",
            "/auth/user/[^/]+/logout");

    /** {@code /engine/{name}} in front of an engine REST path names the engine; the rules are the same. */
    private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+(?=/)");

    /**
     * A call to the engine REST API, by its path below the API's root ({@code /task/1/complete}, or
     * {@code /engine/default/task/1/complete}).
     */
    public static EngineCall ofEngineRest(String method, String path) {
        if (READ_METHODS.contains(method)) {
            return READ;
        }
        String resource = NAMED_ENGINE.matcher(path).replaceFirst("");
        return switch (method) {
            case "POST" -> matches(ENGINE_QUERIES, resource) ? READ
                    : matches(ENGINE_REPAIRS_POST, resource) ? REPAIR : WRITE;
            case "PUT" -> matches(ENGINE_REPAIRS_PUT, resource) ? REPAIR
                    : CREDENTIALS.matcher(resource).matches() ? PASSWORD : WRITE;
            default -> WRITE;
        };
    }

    /** A call to Cockpit's plugin API, by its path below {@code /camunda/api/cockpit}. */
    public static EngineCall ofCockpit(String method, String path) {
        return READ_METHODS.contains(method) || "POST".equals(method) && matches(COCKPIT_QUERIES, path) ? READ : WRITE;
    }

    /** A call to the Admin webapp's API, by its path below {@code /camunda/api/admin}. */
    public static EngineCall ofAdmin(String method, String path) {
        return READ_METHODS.contains(method) ? READ
                : "POST".equals(method) && matches(WEBAPP_SIGN_IN, path) ? SIGN_IN : WRITE;
    }

    /** Any other request to the webapps (Tasklist's and Welcome's API, pages, assets): reads only. */
    public static EngineCall ofWebapp(String method) {
        return READ_METHODS.contains(method) ? READ : WRITE;
    }

    /** Whether the filter lets the call through. */
    public boolean allowed() {
        return this != WRITE;
    }

    /** Whether the call is logged and announced as an {@link EngineWrite}: every change, allowed or refused. */
    boolean recorded() {
        return this == PASSWORD || this == REPAIR || this == WRITE;
    }

    private static boolean matches(List<Pattern> patterns, String path) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
