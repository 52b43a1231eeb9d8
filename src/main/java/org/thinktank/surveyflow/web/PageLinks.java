package org.thinktank.surveyflow.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.thinktank.surveyflow.paging.ResultPage;

/**
 * The links of a paged list to the pages before and after it: the address of the page shown, with its filters, at
 * another page; null where there is none. The template's {@code fragments :: pager} shows them.
 */
public record PageLinks(String previous, String next) {

    public static PageLinks of(HttpServletRequest request, ResultPage<?> page) {
        return new PageLinks(page.hasPrevious() ? at(request, page.previousPage()) : null,
                page.hasNext() ? at(request, page.page() + 1) : null);
    }

    /** This page's path within the application and its query, with another page. */
    private static String at(HttpServletRequest request, int page) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString()).replaceQueryParam("page", page)
                .build().toUriString();
    }
}
