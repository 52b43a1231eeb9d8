package org.thinktank.surveyflow.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thinktank.surveyflow.paging.PageRequest;

/**
 * Links to the other pages of the list a page shows, for the {@code fragments :: pager} fragment: the address of the
 * current request with the same query parameters (so the same filters) and another page. Templates call it as
 * {@code @{${@pageLinks.to(2)}}}. The one-time language switch {@code lang} is not carried along.
 */
@Component("pageLinks")
public class PageLinks {

    /**
     * A request attribute naming the list's own page when the request is not for it (a refused form post answered with
     * the page): the links then lead there, without the post's query.
     */
    public static final String LIST_PATH = PageLinks.class.getName() + ".listPath";

    private static final Set<String> NOT_CARRIED = Set.of(PageRequest.PAGE_PARAMETER, WebConfiguration.LANGUAGE_PARAMETER);

    /** The path of this page within the application (no context path) and its query, at page {@code page}. */
    public String to(int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        Object listPath = request.getAttribute(LIST_PATH);
        StringBuilder link = new StringBuilder(listPath != null ? listPath.toString()
                : request.getRequestURI().substring(request.getContextPath().length())).append('?');
        String query = listPath != null ? null : request.getQueryString();
        if (query != null) {
            for (String parameter : query.split("&")) {
                String name = URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!parameter.isEmpty() && !NOT_CARRIED.contains(name)) {
                    link.append(parameter).append('&');
                }
            }
        }
        return link.append(PageRequest.PAGE_PARAMETER).append('=').append(page).toString();
    }
}
