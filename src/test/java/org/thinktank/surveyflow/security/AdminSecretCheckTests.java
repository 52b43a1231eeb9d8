package org.thinktank.surveyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/** A start without the demo needs a strong admin secret; the check runs before any other bean is made. */
class AdminSecretCheckTests {

    private static final String STRONG = "Tz8#kq2!vLm9-wide";

    private final AdminSecretCheck check = new AdminSecretCheck(PasswordPolicy.standard());

    private static MockEnvironment withoutTheDemo() {
        return new MockEnvironment().withProperty("surveyflow.demo.enabled", "false")
                .withProperty("camunda.bpm.admin-user.id", "admin");
    }

    @Test
    void withoutTheDemoAMissingAdminSecretIsRefused() {
        assertThat(check.problems(withoutTheDemo()))
                .anySatisfy(problem -> assertThat(problem).startsWith("SURVEYFLOW_ADMIN_PASSWORD").contains("is not set"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "admin", "password", "change-me", "surveyflow", "short-1!", "Password123!"})
    void aDefaultOrWeakAdminSecretIsRefused(String secret) {
        MockEnvironment environment = withoutTheDemo().withProperty("surveyflow.admin.password", secret)
                .withProperty("camunda.bpm.admin-user.password", secret);
        assertThat(check.problems(environment)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).startsWith("SURVEYFLOW_ADMIN_PASSWORD"));
    }

    @Test
    void aStrongAdminSecretIsAccepted() {
        MockEnvironment environment = withoutTheDemo().withProperty("surveyflow.admin.password", STRONG)
                .withProperty("camunda.bpm.admin-user.password", STRONG);
        assertThat(check.problems(environment)).isEmpty();
    }

    @Test
    void aWeakCamundaAdminPasswordIsRefusedBesideAStrongAdminSecret() {
        MockEnvironment environment = withoutTheDemo().withProperty("surveyflow.admin.password", STRONG)
                .withProperty("camunda.bpm.admin-user.password", "demo");
        assertThat(check.problems(environment)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).startsWith("SURVEYFLOW_CAMUNDA_ADMIN_PASSWORD"));
    }

    @Test
    void theDemoStartsWithoutAnAdminSecret() {
        MockEnvironment demo = new MockEnvironment().withProperty("surveyflow.demo.enabled", "true")
                .withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty("camunda.bpm.admin-user.password", "demo");
        assertThat(check.problems(demo)).isEmpty();
    }

    @Test
    void aWeakAdminSecretIsRefusedEvenWithTheDemo() {
        MockEnvironment demo = new MockEnvironment().withProperty("surveyflow.demo.enabled", "true")
                .withProperty("surveyflow.admin.password", "admin12345");
        assertThat(check.problems(demo)).isNotEmpty();
    }

    @Test
    void aContextWithoutTheDemoAndWithoutAnAdminSecretDoesNotStartAndSaysWhy() {
        new ApplicationContextRunner()
                .withBean(AdminSecretCheck.class, () -> new AdminSecretCheck(PasswordPolicy.standard()))
                .withPropertyValues("surveyflow.demo.enabled=false", "surveyflow.admin.password=demo")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    assertThat(failure).isInstanceOf(AdminSecretException.class)
                            .hasMessageContaining("SURVEYFLOW_ADMIN_PASSWORD");
                    FailureAnalysis analysis = new AdminSecretFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription()).contains("SURVEYFLOW_ADMIN_PASSWORD must have at least 10");
                    assertThat(analysis.getAction()).contains("SURVEYFLOW_ADMIN_PASSWORD", "openssl rand");
                    assertThat(((AdminSecretException) failure).getExitCode()).isNotZero();
                });
    }
}
