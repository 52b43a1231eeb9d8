package org.thinktank.surveyflow.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The addresses served by Camunda's own servlets (engine REST API, webapps), which read their requests themselves
 * and are for admins only: their form posts are left for them to read.
 */
final class CamundaPaths {

    private CamundaPaths() {
    }

    static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/");
    }
}
