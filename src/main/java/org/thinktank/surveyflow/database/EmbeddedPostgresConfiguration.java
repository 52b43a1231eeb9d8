package org.thinktank.surveyflow.database;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL on loopback when no external database is configured, so that the application
 * runs with nothing but Java and Maven. The DataSource depends on the server bean, so Spring closes the
 * connection pool before it stops the server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.workingDirectory());
        Files.createDirectories(properties.dataDirectory().toAbsolutePath().getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory().toAbsolutePath())
                .setCleanDataDirectory(properties.clean())
                .setOverrideWorkingDirectory(properties.workingDirectory().toAbsolutePath().toFile())
                .setServerConfig("listen_addresses", "127.0.0.1")
                // Spring stops the server after the engine and the pool; its own JVM hook would race them
                .setRegisterShutdownHook(false);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", postgres.getPort(),
                properties.dataDirectory().toAbsolutePath());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("surveyflow");
        return dataSource;
    }
}
