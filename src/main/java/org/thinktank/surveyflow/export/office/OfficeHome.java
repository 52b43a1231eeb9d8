package org.thinktank.surveyflow.export.office;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.lang.Nullable;

/**
 * Finds a LibreOffice installation: the configured directory when there is one (and nothing else, so a wrong setting
 * shows instead of being papered over), else the usual places on Linux and macOS, else the installation whose
 * {@code soffice} is on the PATH.
 */
final class OfficeHome {

    private static final List<Path> USUAL_PLACES = List.of(Path.of("/usr/lib/libreoffice"),
            Path.of("/usr/local/lib/libreoffice"), Path.of("/Applications/LibreOffice.app/Contents"));

    private OfficeHome() {
    }

    static Optional<Path> find(@Nullable Path configured, String path) {
        if (configured != null) {
            return Optional.of(configured).filter(OfficeHome::isInstallation);
        }
        List<Path> candidates = new ArrayList<>(USUAL_PLACES);
        candidates.addAll(optDirectories());
        candidates.addAll(onPath(path));
        return candidates.stream().filter(OfficeHome::isInstallation).findFirst();
    }

    static boolean isInstallation(Path home) {
        return Files.isRegularFile(home.resolve("program/soffice.bin"))
                || Files.isRegularFile(home.resolve("program/soffice.exe"))
                || Files.isRegularFile(home.resolve("MacOS/soffice"));
    }

    /** /opt/libreoffice7.6 and the like, as the packages from libreoffice.org install themselves. */
    private static List<Path> optDirectories() {
        List<Path> found = new ArrayList<>();
        Path opt = Path.of("/opt");
        if (Files.isDirectory(opt)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(opt, "libreoffice*")) {
                dirs.forEach(found::add);
            } catch (IOException e) {
                return found;
            }
        }
        found.sort(Comparator.reverseOrder());
        return found;
    }

    /** {@code /usr/bin/soffice} is usually a link to {@code <home>/program/soffice}. */
    private static List<Path> onPath(String path) {
        List<Path> found = new ArrayList<>();
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path soffice = Path.of(folder, "soffice");
            if (Files.isExecutable(soffice)) {
                try {
                    Path program = soffice.toRealPath().getParent();
                    if (program != null && program.getParent() != null) {
                        found.add(program.getParent());
                    }
                } catch (IOException e) {
                    // a dangling link: not an installation
                }
            }
        }
        return found;
    }
}
