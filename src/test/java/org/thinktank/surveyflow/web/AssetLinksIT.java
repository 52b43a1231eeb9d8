package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.thinktank.surveyflow.support.IntegrationTest;

/** Over real HTTP, with the application's filters: the pages link their assets as the resource chain serves them. */
@IntegrationTest
class AssetLinksIT {

    private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9][^/\"]*/dist/htmx\\.min\\.js)\"");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @Test
    void aPageLinksHtmxUnderItsVersionedWebjarPathWhichIsServed() {
        Matcher link = HTMX.matcher(http.getForObject("/login", String.class));
        assertThat(link.find()).as("htmx linked with its version").isTrue();
        ResponseEntity<String> htmx = http.getForEntity(link.group(1), String.class);
        assertThat(htmx.getStatusCode().value()).isEqualTo(200);
        assertThat(htmx.getBody()).contains("htmx");
    }

    @Test
    void aPageLinksTheStylesheetWhichIsServed() {
        assertThat(http.getForObject("/login", String.class)).contains("href=\"/css/app.css\"");
        assertThat(http.getForEntity("/css/app.css", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void onlyTheApplicationsLinkFilterVersionsLinks() {
        List<Class<?>> linkFilters = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .map(FilterRegistrationBean::getFilter).filter(ResourceUrlEncodingFilter.class::isInstance)
                .<Class<?>>map(Filter::getClass).toList();
        assertThat(linkFilters).containsExactly(AssetLinkFilter.class);
    }
}
