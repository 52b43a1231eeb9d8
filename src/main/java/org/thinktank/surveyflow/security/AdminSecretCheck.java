package org.thinktank.surveyflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start, before the database or the engine is touched, unless the first admin's password (and Camunda's
 * admin's) comes from a secret the {@link PasswordPolicy} accepts. Only the demo, whose accounts all have the
 * password {@code demo}, starts without one.
 */
final class AdminSecretCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    static final String ADMIN_USERNAME = "surveyflow.admin.username";
    static final String ADMIN_PASSWORD = "surveyflow.admin.password";
    private static final String CAMUNDA_ADMIN = "camunda.bpm.admin-user.id";
    private static final String CAMUNDA_ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

    private final PasswordPolicy policy;
    private Environment environment;

    AdminSecretCheck(PasswordPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new AdminSecretException(problems);
        }
    }

    /** What is wrong with the admin secrets in that environment; empty when the application may start. */
    List<String> problems(Environment environment) {
        boolean demo = environment.getProperty("surveyflow.demo.enabled", Boolean.class, false);
        List<String> problems = new ArrayList<>();
        String username = environment.getProperty(ADMIN_USERNAME, "admin");
        String password = environment.getProperty(ADMIN_PASSWORD);
        if (!StringUtils.hasText(password)) {
            if (!demo) {
                problems.add("SURVEYFLOW_ADMIN_PASSWORD (" + ADMIN_PASSWORD + ") is not set: without the demo, the "
                        + "first admin's password must come from it");
            }
        } else {
            policy.problems(username, password)
                    .forEach(problem -> problems.add("SURVEYFLOW_ADMIN_PASSWORD " + problem));
        }
        String camundaAdmin = environment.getProperty(CAMUNDA_ADMIN);
        String camundaPassword = environment.getProperty(CAMUNDA_ADMIN_PASSWORD);
        if (!demo && StringUtils.hasText(camundaAdmin) && !Objects.equals(camundaPassword, password)) {
            if (!StringUtils.hasText(camundaPassword) && StringUtils.hasText(password)) {
                problems.add("SURVEYFLOW_CAMUNDA_ADMIN_PASSWORD (" + CAMUNDA_ADMIN_PASSWORD + ") is empty: unset, it "
                        + "is SURVEYFLOW_ADMIN_PASSWORD");
            } else if (StringUtils.hasText(camundaPassword)) {
                policy.problems(camundaAdmin, camundaPassword)
                        .forEach(problem -> problems.add("SURVEYFLOW_CAMUNDA_ADMIN_PASSWORD " + problem));
            }
        }
        return problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
