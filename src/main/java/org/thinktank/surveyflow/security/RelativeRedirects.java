package org.thinktank.surveyflow.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects within the application by path only. Spring Security remembers the page asked for before signing in as
 * an absolute URL built from the request's {@code Host} header; redirecting there as it is would send the browser to
 * whatever host the request named. With {@code server.tomcat.use-relative-redirects} the response keeps the path
 * relative too, so no redirect repeats a {@code Host} header.
 */
final class RelativeRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(pathOf(request, url)));
    }

    static String pathOf(HttpServletRequest request, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return request.getContextPath() + "/";
        }
        if (uri.getRawAuthority() == null && uri.getScheme() == null) {
            return url.startsWith("/") ? request.getContextPath() + url : url;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
