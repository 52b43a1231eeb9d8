package org.thinktank.surveyflow.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and binaries.
 *
 * @param dataDirectory the cluster's data, kept across restarts unless {@code clean} is set
 * @param workingDirectory where the PostgreSQL binaries are unpacked
 * @param clean start from an empty cluster on every start (tests)
 * @param port the loopback port; 0 picks a free one
 */
@ConfigurationProperties("surveyflow.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("data/postgres-binaries") Path workingDirectory,
        @DefaultValue("false") boolean clean,
        @DefaultValue("0") int port) {
}
