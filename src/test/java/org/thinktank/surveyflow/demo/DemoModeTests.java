package org.thinktank.surveyflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

/** The demo is on with the embedded database only, unless set explicitly. */
class DemoModeTests {

    private static MockEnvironment decided(MockEnvironment environment) {
        new DemoMode(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void theDemoIsOnWithTheEmbeddedDatabase() {
        MockEnvironment environment = decided(new MockEnvironment());
        assertThat(environment.getProperty("surveyflow.demo.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isEqualTo("demo");
    }

    @Test
    void theDemoIsOffWithAnExternalDatabase() {
        MockEnvironment environment = decided(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/surveyflow")
                .withProperty("surveyflow.demo.enabled", ""));
        assertThat(environment.getProperty("surveyflow.demo.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isNull();
    }

    @Test
    void theDemoRunsOnAnExternalDatabaseOnlyWhenAskedFor() {
        MockEnvironment environment = decided(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/surveyflow")
                .withProperty("surveyflow.demo.enabled", "true"));
        assertThat(environment.getProperty("surveyflow.demo.enabled")).isEqualTo("true");
    }

    @Test
    void theDemoCanBeTurnedOffWithTheEmbeddedDatabase() {
        MockEnvironment environment = decided(new MockEnvironment().withProperty("surveyflow.demo.enabled", "false"));
        assertThat(environment.getProperty("surveyflow.demo.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isNull();
    }

    @Test
    void anAdminSecretIsNotReplacedByTheDemoPassword() {
        MockEnvironment environment = decided(new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "Tz8#kq2!vLm9-wide"));
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isEqualTo("Tz8#kq2!vLm9-wide");
    }
}
