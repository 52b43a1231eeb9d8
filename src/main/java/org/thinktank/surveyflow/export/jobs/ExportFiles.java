package org.thinktank.surveyflow.export.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where background exports keep their files: a directory of the application's own (not a shared temporary
 * directory) that only the application's user may enter, with files only it may read.
 */
@Component
class ExportFiles {

    private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;

    ExportFiles(@Value("${surveyflow.export.job-directory:data/exports}") Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    Path of(UUID job) {
        return directory.resolve(job + ".export");
    }

    /** Opens a new export file that only the application's user may read. */
    OutputStream create(UUID job) throws IOException {
        Files.createDirectories(directory);
        Path file = of(job);
        if (posix()) {
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        }
        return Files.newOutputStream(file);
    }

    void delete(UUID job) {
        try {
            Files.deleteIfExists(of(job));
        } catch (IOException e) {
            log.warn("Could not delete the export file {}", of(job), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
