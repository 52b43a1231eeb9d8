package org.thinktank.surveyflow.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form htmx posts for the whole page (no {@code HX-Target}, e.g. an irreversible action after its confirm dialog).
 * A redirect becomes {@code HX-Redirect}, so the browser loads the next page itself, as after a plain post (the
 * pages that answer htmx with a part of themselves never see the request). An answer that re-renders the page with
 * its errors keeps the address of the page the form was on.
 */
@Component
class WholePageForms extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HtmxRequests.forWholePage(request) || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("HX-Push-Url", "false");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) {
                setStatus(HttpServletResponse.SC_OK);
                setHeader("HX-Redirect", location);
            }
        });
    }
}
