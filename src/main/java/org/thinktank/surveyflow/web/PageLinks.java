package org.thinktank.surveyflow.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.thinktank.surveyflow.paging.ResultPage;

/**
 * The links of a paged list to the pages before and after it: the address of the page shown, with its filters, at
 * another page; null where there is none. The template's {@code fragments :: pager} shows them.
 */
public record PageLinks(String previous, String next) {

    /** Around the page this request shows: its path within the application, its query. */
    public static PageLinks of(HttpServletRequest request, ResultPage<?> page) {
        return of(request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString(), page);
    }

    /** Around the page at that path (within the application) with that query (as sent, or null). */
    public static PageLinks of(String path, String query, ResultPage<?> page) {
        return new PageLinks(page.hasPrevious() ? at(path, query, page.previousPage()) : null,
                page.hasNext() ? at(path, query, page.page() + 1) : null);
    }

    private static String at(String path, String query, int page) {
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("page", page).build().toUriString();
    }
}
