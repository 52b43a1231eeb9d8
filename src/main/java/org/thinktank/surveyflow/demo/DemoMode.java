package org.thinktank.surveyflow.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides, before anything starts, whether the demo is on, and writes the decision to
 * {@code surveyflow.demo.enabled}. Set explicitly ({@code SURVEYFLOW_DEMO=true|false}), that value holds; left
 * unset, the demo is on only with the embedded PostgreSQL, never with an external database (the {@code postgres}
 * profile, docker-compose, {@code SPRING_DATASOURCE_URL}). While the demo is on and no admin secret gives Camunda's
 * admin a password, that admin signs in with the demo's password too.
 */
class DemoMode implements EnvironmentPostProcessor {

    static final String ENABLED = "surveyflow.demo.enabled";
    static final String PROPERTY_SOURCE = "demo mode";
    private static final String CAMUNDA_ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

    private final Log log;

    DemoMode(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoMode.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String explicit = environment.getProperty(ENABLED);
        boolean embeddedDatabase = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean on = StringUtils.hasText(explicit) ? Boolean.parseBoolean(explicit.strip()) : embeddedDatabase;
        Map<String, Object> decided = new LinkedHashMap<>();
        decided.put(ENABLED, Boolean.toString(on));
        if (on && !StringUtils.hasText(environment.getProperty(CAMUNDA_ADMIN_PASSWORD))) {
            decided.put(CAMUNDA_ADMIN_PASSWORD, DemoSeeder.PASSWORD);
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, decided));
        if (on && !embeddedDatabase) {
            log.warn("The demo is on with an external database (SURVEYFLOW_DEMO=true): its accounts, admin included, "
                    + "have the password '" + DemoSeeder.PASSWORD + "'. Never do this on a server others can reach.");
        }
    }
}
