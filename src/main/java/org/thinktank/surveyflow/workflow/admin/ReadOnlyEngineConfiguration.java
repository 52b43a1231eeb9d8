package org.thinktank.surveyflow.workflow.admin;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thinktank.surveyflow.problem.ProblemWriter;

/**
 * Puts {@link ReadOnlyEngineFilter} in front of Camunda's engine REST API and webapps, right after Spring Security's
 * filters (so the caller is known, and whoever may not use these paths at all is refused there first).
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyEngineConfiguration {

    @Bean
    FilterRegistrationBean<ReadOnlyEngineFilter> readOnlyEngineFilter(
            @Value("${spring.jersey.application-path:/engine-rest}") String engineRest,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps,
            ProblemWriter problems, ApplicationEventPublisher events, Clock clock) {
        FilterRegistrationBean<ReadOnlyEngineFilter> registration = new FilterRegistrationBean<>(
                new ReadOnlyEngineFilter(trimmed(engineRest), trimmed(webapps), problems, events, clock));
        registration.setName("readOnlyEngineFilter");
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** {@code /engine-rest/} and {@code engine-rest} alike as {@code /engine-rest}. */
    private static String trimmed(String path) {
        String withSlash = path.startsWith("/") ? path : "/" + path;
        return withSlash.endsWith("/") ? withSlash.substring(0, withSlash.length() - 1) : withSlash;
    }
}
