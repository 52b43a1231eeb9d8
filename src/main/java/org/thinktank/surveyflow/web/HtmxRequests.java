package org.thinktank.surveyflow.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;

/**
 * What an htmx request asks for: a form posted for the whole page (no target element with an id, e.g. an
 * irreversible action after its confirm dialog), or else a part of a page.
 */
final class HtmxRequests {

    private HtmxRequests() {
    }

    static boolean forWholePage(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-Target") == null
                && !HttpMethod.GET.matches(request.getMethod());
    }

    static boolean forPart(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && !forWholePage(request);
    }
}
