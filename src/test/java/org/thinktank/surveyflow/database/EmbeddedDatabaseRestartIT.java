package org.thinktank.surveyflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded database after the application was killed ({@code kill -9}): the next start stops the server the
 * killed run left behind, or removes a stale {@code postmaster.pid}, by itself, and finds every committed row. The
 * application is played by {@link DatabaseOwner}, a process of its own that this test kills.
 */
class EmbeddedDatabaseRestartIT {

    private static final Path ROOT = Path.of("target/test-postgres/restart");
    private static final Path BINARIES = Path.of("target/test-postgres/binaries");
    private static final int ROWS = 200;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatWasStarted() throws Exception {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aServerLeftRunningByAKilledApplicationIsStoppedAndTheNextStartFindsEveryCommittedRow() throws Exception {
        Path data = freshDirectory("left-running");
        Process application = startOwner(data);
        ProcessHandle server = serverOf(data);

        application.destroyForcibly().waitFor();
        assertThat(server.isAlive()).as("the server outlives the killed application").isTrue();

        try (EmbeddedPostgres restarted = EmbeddedDatabaseServer.start(properties(data))) {
            assertThat(rowsIn(restarted)).isEqualTo(ROWS);
            assertThat(server.isAlive()).isFalse();
        }
    }

    @Test
    void aServerKilledWithTheApplicationLeavesAStalePidFileAndTheNextStartFindsEveryCommittedRow() throws Exception {
        Path data = freshDirectory("killed-together");
        Process application = startOwner(data);
        ProcessHandle server = serverOf(data);
        List<ProcessHandle> serverProcesses = Stream.concat(Stream.of(server), server.descendants()).toList();

        application.destroyForcibly().waitFor();
        serverProcesses.forEach(ProcessHandle::destroyForcibly);
        CompletableFuture.allOf(serverProcesses.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                .get(30, TimeUnit.SECONDS);
        assertThat(data.resolve(LeftoverServer.PID_FILE)).exists();

        try (EmbeddedPostgres restarted = EmbeddedDatabaseServer.start(properties(data))) {
            assertThat(rowsIn(restarted)).isEqualTo(ROWS);
        }
    }

    @Test
    void aPidFileNamingAnotherLiveProcessIsRemovedAndThatProcessLeftAlone() throws Exception {
        Path data = freshDirectory("pid-reused");
        Process application = startOwner(data);
        application.destroy();
        assertThat(application.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Process other = new ProcessBuilder("sleep", "300").start();
        started.add(other);
        Files.writeString(data.resolve(LeftoverServer.PID_FILE), other.pid() + "\n" + data.toAbsolutePath() + "\n");

        try (EmbeddedPostgres restarted = EmbeddedDatabaseServer.start(properties(data))) {
            assertThat(rowsIn(restarted)).isEqualTo(ROWS);
            assertThat(other.isAlive()).isTrue();
        }
    }

    @Test
    void aStartOnADirectoryThatARunningApplicationUsesIsRefusedAndItsServerKeepsRunning() throws Exception {
        Path data = freshDirectory("in-use");
        startOwner(data);
        ProcessHandle server = serverOf(data);

        assertThatThrownBy(() -> EmbeddedDatabaseServer.start(properties(data)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Another running instance of the application uses the embedded database in");
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void aKeptDataDirectoryCommitsDurablyAndACleanedOneFast() throws Exception {
        try (EmbeddedPostgres kept = EmbeddedDatabaseServer.start(properties(freshDirectory("kept")))) {
            assertThat(setting(kept, "fsync")).isEqualTo("on");
            assertThat(setting(kept, "synchronous_commit")).isEqualTo("on");
        }
        try (EmbeddedPostgres cleaned = EmbeddedDatabaseServer.start(
                new EmbeddedDatabaseProperties(freshDirectory("cleaned"), BINARIES, true, 0))) {
            assertThat(setting(cleaned, "fsync")).isEqualTo("off");
        }
    }

    private static EmbeddedDatabaseProperties properties(Path data) {
        return new EmbeddedDatabaseProperties(data, BINARIES, false, 0);
    }

    /** An empty directory; a server a failed earlier run of this test left in it is stopped first. */
    private static Path freshDirectory(String name) throws IOException {
        Path directory = ROOT.resolve(name).toAbsolutePath();
        if (Files.isDirectory(directory)) {
            LeftoverServer.clear(directory);
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(directory.getParent());
        return directory;
    }

    /** Starts the stand-in application and waits until it has committed its rows. */
    private Process startOwner(Path data) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), DatabaseOwner.class.getName(),
                data.toString(), BINARIES.toAbsolutePath().toString(), String.valueOf(ROWS))
                .redirectErrorStream(true).start();
        started.add(process);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.equals(DatabaseOwner.READY)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(ready.get(120, TimeUnit.SECONDS)).as("the stand-in application started its database").isTrue();
        CompletableFuture.runAsync(() -> output.lines().forEach(line -> { }));
        return process;
    }

    private static ProcessHandle serverOf(Path data) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve(LeftoverServer.PID_FILE)).get(0).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertThat(LeftoverServer.isPostgresServerOf(server, data.toAbsolutePath(), data.toAbsolutePath().toString()))
                .as("pid %s is the PostgreSQL server of %s", pid, data).isTrue();
        return server;
    }

    private static long rowsIn(EmbeddedPostgres postgres) throws Exception {
        return Long.parseLong(query(postgres, "select count(*) from acknowledged"));
    }

    private static String setting(EmbeddedPostgres postgres, String name) throws Exception {
        return query(postgres, "show " + name);
    }

    private static String query(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
