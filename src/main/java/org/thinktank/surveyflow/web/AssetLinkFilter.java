package org.thinktank.surveyflow.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Gives the links to the pages' assets the path the resource chain serves them under (htmx's webjar path names its
 * version), and leaves every other link as it is.
 *
 * <p>It takes the place of Spring's {@link ResourceUrlEncodingFilter}, which Spring Boot registers because the webjar
 * locator is on the class path. That one asks the resource chain about every link a page builds: for
 * {@code /surveys/12} the chain looks for such a file in each static location, in every jar of the class path, finds
 * none and does not remember that, so a page of a thousand rows searched the class path thousands of times
 * (docs/benchmarks.md). An asset the chain finds, it caches: an asset link costs a lookup in that cache.
 */
final class AssetLinkFilter extends ResourceUrlEncodingFilter {

    private final List<String> assetPaths;

    /** @param assetPaths where the assets are served, each ending in a slash: {@code /css/}, {@code /webjars/} */
    AssetLinkFilter(List<String> assetPaths) {
        this.assetPaths = List.copyOf(assetPaths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new AssetLinks(httpRequest, httpResponse));
        } else {
            chain.doFilter(request, response);
        }
    }

    private final class AssetLinks extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        AssetLinks(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(isAsset(url) ? servedPath(url) : url);
        }

        private boolean isAsset(String url) {
            String contextPath = request.getContextPath();
            return url.startsWith(contextPath)
                    && assetPaths.stream().anyMatch(path -> url.startsWith(path, contextPath.length()));
        }

        /** The asset's path as the resource chain serves it, query and fragment kept; the same if it knows none. */
        private String servedPath(String url) {
            if (!(request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                    instanceof ResourceUrlProvider chain)) {
                return url;
            }
            String contextPath = request.getContextPath();
            int end = endOfPath(url);
            String served = chain.getForLookupPath(url.substring(contextPath.length(), end));
            return served == null ? url : contextPath + served + url.substring(end);
        }

        private static int endOfPath(String url) {
            int query = url.indexOf('?');
            int fragment = url.indexOf('#');
            if (query < 0) {
                return fragment < 0 ? url.length() : fragment;
            }
            return fragment < 0 ? query : Math.min(query, fragment);
        }
    }
}
