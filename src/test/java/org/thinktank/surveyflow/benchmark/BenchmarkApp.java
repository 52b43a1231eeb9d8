package org.thinktank.surveyflow.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.FileSystemUtils;
import org.thinktank.surveyflow.SurveyWorkflowApplication;

/**
 * The application as README's first command runs it, but started inside the benchmark's JVM: its embedded
 * PostgreSQL with durable commits (fsync on) in a directory of its own, emptied before each start; the job executor
 * on, no demo, a first admin with a fresh password, on a random loopback port. The test classes on the class path
 * (support beans for tests) are left out.
 */
final class BenchmarkApp implements AutoCloseable {

    static final String ADMIN = "admin";

    private final ConfigurableApplicationContext context;
    private final String adminPassword;

    private BenchmarkApp(ConfigurableApplicationContext context, String adminPassword) {
        this.context = context;
        this.adminPassword = adminPassword;
    }

    static BenchmarkApp start(Path directory, Map<String, Object> tuning) throws IOException {
        FileSystemUtils.deleteRecursively(directory.resolve("postgres"));
        String adminPassword = "Bench-" + Long.toHexString(Double.doubleToLongBits(Math.random())) + "-x9!";
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        properties.put("server.address", "127.0.0.1");
        properties.put("surveyflow.demo.enabled", false);
        properties.put("surveyflow.admin.username", ADMIN);
        properties.put("surveyflow.admin.password", adminPassword);
        properties.put("surveyflow.embedded-database.data-directory", directory.resolve("postgres").toString());
        properties.put("surveyflow.embedded-database.working-directory", directory.resolve("binaries").toString());
        properties.put("surveyflow.embedded-database.clean", false);
        properties.put("surveyflow.export.job-directory", directory.resolve("exports").toString());
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.thinktank.surveyflow.benchmark", "INFO");
        properties.putAll(tuning);
        // as command-line arguments, so that they win over application.yml (default properties would not)
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SurveyWorkflowApplication.class)
                .initializers(app -> app.getBeanFactory().registerSingleton("benchmarkExcludesTestClasses",
                        new MainClassesOnly()))
                .run(arguments);
        return new BenchmarkApp(context, adminPassword);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    String adminPassword() {
        return adminPassword;
    }

    @Override
    public void close() {
        context.close();
    }

    /** Component scanning sees only the application's own classes, not the tests' support beans. */
    static final class MainClassesOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainClassesOnly;
        }

        @Override
        public int hashCode() {
            return MainClassesOnly.class.hashCode();
        }
    }
}
