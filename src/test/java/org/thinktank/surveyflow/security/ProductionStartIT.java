package org.thinktank.surveyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.SurveyWorkflowApplication;

/**
 * The application started as a server starts it, in a JVM of its own with the {@code postgres} profile and no admin
 * secret: it stops before touching the database, says why in the log and exits with a non-zero code.
 */
class ProductionStartIT {

    @Test
    void aServerStartWithoutAnAdminSecretExitsWithCode78AndSaysWhy() throws Exception {
        Path log = Files.createTempFile("surveyflow-production-start", ".log");
        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), SurveyWorkflowApplication.class.getName(),
                "--spring.profiles.active=postgres", "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/unreachable")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = start.environment();
        environment.keySet().removeIf(name -> name.startsWith("SURVEYFLOW_") || name.startsWith("SPRING_"));

        Process process = start.start();
        boolean exited = process.waitFor(3, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);

        assertThat(exited).as("exited on its own").isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(AdminSecretException.EXIT_CODE);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "SURVEYFLOW_ADMIN_PASSWORD (surveyflow.admin.password) is not set");
        assertThat(output).as("stopped before the database").doesNotContain("HikariPool", "Flyway");
    }
}
