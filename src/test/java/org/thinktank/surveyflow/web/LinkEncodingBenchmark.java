package org.thinktank.surveyflow.web;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;
import org.thinktank.surveyflow.SurveyWorkflowApplication;

/**
 * Times building the links of a long page, with Spring's ResourceUrlEncodingFilter and with the application's
 * {@link AssetLinkFilter}, inside the packaged application, whose class path is where the cost was. Not part of the
 * test suite: scripts/benchmark-links.sh runs it from the built jar.
 */
public final class LinkEncodingBenchmark {

    private static final int LINKS = 2_000;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = SpringApplication.run(SurveyWorkflowApplication.class, args)) {
            ResourceUrlProvider chain = context.getBean(ResourceUrlProvider.class);
            Filter application = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                    .map(FilterRegistrationBean::getFilter).filter(ResourceUrlEncodingFilter.class::isInstance)
                    .findFirst().orElseThrow();
            System.out.printf("%d cores; %d links to /surveys/{id} and one to htmx, a round%n",
                    Runtime.getRuntime().availableProcessors(), LINKS);
            for (int round = 1; round <= 5; round++) {
                time(round, "Spring's ResourceUrlEncodingFilter", new ResourceUrlEncodingFilter(), chain);
                time(round, application.getClass().getSimpleName(), application, chain);
            }
        }
    }

    private static void time(int round, String name, Filter filter, ResourceUrlProvider chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        String[] htmx = new String[1];
        long start = System.nanoTime();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            // as Spring MVC's interceptor does when a page's controller is called
            req.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, chain);
            HttpServletResponse response = (HttpServletResponse) res;
            for (int i = 0; i < LINKS; i++) {
                response.encodeURL("/surveys/" + i);
            }
            htmx[0] = response.encodeURL("/webjars/htmx.org/dist/htmx.min.js");
        });
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf("round %d, %-34s %8.1f ms, %6.1f µs a link; htmx at %s%n", round, name + ":", millis,
                millis * 1000 / LINKS, htmx[0]);
    }
}
