package org.thinktank.surveyflow.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A stand-in for the application in {@link EmbeddedDatabaseRestartIT}, run as a process of its own: starts the
 * embedded database on a data directory as the application does, commits rows one by one (each one acknowledged),
 * prints {@value #READY} and waits to be stopped (its server closes) or killed (its server is left running).
 * Arguments: data directory, working directory, number of rows.
 */
final class DatabaseOwner {

    static final String READY = "READY";

    private DatabaseOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedDatabaseServer.start(
                new EmbeddedDatabaseProperties(Path.of(args[0]), Path.of(args[1]), false, 0));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists acknowledged (id int primary key)");
            for (int id = 1; id <= Integer.parseInt(args[2]); id++) {
                statement.execute("insert into acknowledged values (" + id + ")");
            }
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
