package org.thinktank.surveyflow.workflow.admin;

import java.time.Instant;

/**
 * A write to the engine through Camunda's engine REST API or webapps, published as an application event after the
 * request: the allowed repairs and password changes with their response status, and the refused writes. The application log has each at
 * WARN; an audit trail listens for these events.
 *
 * @param username who asked (an admin: the only role the security configuration lets through)
 * @param method the HTTP method
 * @param path the request path, e.g. {@code /engine-rest/job/42/retries}
 * @param kind {@link EngineCall#REPAIR} or {@link EngineCall#PASSWORD} (let through), {@link EngineCall#WRITE} (refused)
 * @param status the HTTP status answered
 */
public record EngineWrite(String username, String method, String path, EngineCall kind, int status, Instant at) {

    public boolean refused() {
        return kind == EngineCall.WRITE;
    }
}
