package org.thinktank.surveyflow.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on loopback. A server an earlier, killed run left behind is stopped first
 * ({@link LeftoverServer}), so a start after {@code kill -9} needs no hand.
 *
 * <p>A data directory that is kept across restarts ({@code ./mvnw spring-boot:run}, {@code data/postgres}) commits
 * durably: the library starts PostgreSQL with {@code fsync} and {@code synchronous_commit} off, which would lose the
 * last acknowledged commits if the server itself were killed or the machine lost power; here both are on again. A
 * directory cleaned on every start (tests) keeps the library's fast settings.
 */
final class EmbeddedDatabaseServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private EmbeddedDatabaseServer() {
    }

    static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        Files.createDirectories(properties.workingDirectory());
        Files.createDirectories(dataDirectory.getParent());
        if (Files.isDirectory(dataDirectory)) {
            LeftoverServer.clear(dataDirectory);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(properties.clean())
                .setOverrideWorkingDirectory(properties.workingDirectory().toAbsolutePath().toFile())
                .setServerConfig("listen_addresses", "127.0.0.1")
                // Spring stops the server after the engine and the pool; its own JVM hook would race them
                .setRegisterShutdownHook(false);
        if (!properties.clean()) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}{}", postgres.getPort(), dataDirectory,
                properties.clean() ? " (cleaned on start, fsync off)" : "");
        return postgres;
    }
}
