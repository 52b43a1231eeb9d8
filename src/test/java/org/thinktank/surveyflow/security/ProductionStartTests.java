package org.thinktank.surveyflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's own configuration files and start-up decisions (DemoMode, the admin secret check) as a server
 * start meets them with the {@code postgres} profile, without the rest of the application.
 */
class ProductionStartTests {

    @Configuration(proxyBeanMethods = false)
    static class OnlyTheStartUpCheck {

        @Bean
        static AdminSecretCheck adminSecretCheck() {
            return new AdminSecretCheck(PasswordPolicy.standard());
        }
    }

    private static SpringApplicationBuilder start(String profile, String... properties) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(OnlyTheStartUpCheck.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).properties(properties);
        return profile == null ? builder : builder.profiles(profile);
    }

    @Test
    void thePostgresProfileDoesNotStartWithoutAnAdminSecret() {
        assertThatThrownBy(() -> start("postgres").run().close())
                .isInstanceOf(AdminSecretException.class)
                .hasMessageContaining("SURVEYFLOW_ADMIN_PASSWORD (surveyflow.admin.password) is not set");
    }

    @Test
    void thePostgresProfileDoesNotStartWithTheDemoPassword() {
        assertThatThrownBy(() -> start("postgres", "surveyflow.admin.password=demo").run().close())
                .isInstanceOf(AdminSecretException.class)
                .hasMessageContaining("SURVEYFLOW_ADMIN_PASSWORD must have at least 10 characters");
    }

    @Test
    void thePostgresProfileStartsWithAStrongAdminSecretAndWithoutTheDemo() {
        try (ConfigurableApplicationContext context = start("postgres", "surveyflow.admin.password=Tz8#kq2!vLm9-wide").run()) {
            assertThat(context.getEnvironment().getProperty("surveyflow.demo.enabled")).isEqualTo("false");
            assertThat(context.getEnvironment().getProperty("camunda.bpm.admin-user.id")).isEqualTo("admin");
            assertThat(context.getEnvironment().getProperty("camunda.bpm.admin-user.password"))
                    .isEqualTo("Tz8#kq2!vLm9-wide");
        }
    }

    @Test
    void anExternalDatabaseWithoutTheProfileStillHasNoDemo() {
        assertThatThrownBy(() -> start(null, "spring.datasource.url=jdbc:postgresql://db:5432/surveyflow").run().close())
                .isInstanceOf(AdminSecretException.class);
    }

    @Test
    void theEverydayStartWithTheEmbeddedDatabaseIsTheDemoWithItsPassword() {
        try (ConfigurableApplicationContext context = start(null).run()) {
            assertThat(context.getEnvironment().getProperty("surveyflow.demo.enabled")).isEqualTo("true");
            assertThat(context.getEnvironment().getProperty("camunda.bpm.admin-user.password")).isEqualTo("demo");
        }
    }
}
