package org.thinktank.surveyflow.export.office;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.ExistingProcessAction;
import org.jodconverter.local.office.LocalOfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Word to PDF through one LibreOffice process, managed by JODConverter (a task queue, timeouts, a restart when the
 * process dies). The process starts on the first conversion, not with the application, on a free port with a profile
 * of its own (the font substitutes of {@code registrymodifications.xcu}), and stops with the application.
 *
 * <p>The PDF is PDF/A-2b, which makes LibreOffice embed every font, and its outline (bookmarks) holds the headings.
 */
@Component
public class OfficeConverter {

    private static final Logger log = LoggerFactory.getLogger(OfficeConverter.class);
    private static final String PROFILE_SETTINGS = "registrymodifications.xcu";
    private static final int PDF_A_2B = 2;
    private static final Map<String, Object> PDF_OPTIONS = Map.of("FilterData",
            Map.of("SelectPdfVersion", PDF_A_2B, "ExportBookmarks", true, "UseTaggedPDF", true));

    private final Optional<Path> home;
    private final long timeoutMillis;
    private LocalOfficeManager manager;
    private Path workingDir;

    OfficeConverter(OfficeProperties properties) {
        this.home = OfficeHome.find(properties.home(), System.getenv().getOrDefault("PATH", ""));
        this.timeoutMillis = properties.timeout().toMillis();
    }

    /** Whether LibreOffice is installed; it may still fail to start, which {@link #toPdf} reports. */
    public boolean available() {
        return home.isPresent();
    }

    /**
     * Writes {@code docx} as PDF to {@code pdf}.
     *
     * @throws PdfUnavailableException when LibreOffice is missing, cannot start or does not convert in time
     */
    public void toPdf(Path docx, Path pdf) {
        LocalOfficeManager office = started();
        try {
            convert(office, docx, pdf);
        } catch (PdfUnavailableException first) {
            // a LibreOffice process that dies under a task is restarted by JODConverter: the fresh one gets one try
            log.warn("Converting {} again: {}", docx.getFileName(), first.getMessage());
            convert(office, docx, pdf);
        }
    }

    private void convert(LocalOfficeManager office, Path docx, Path pdf) {
        try {
            LocalConverter.builder().officeManager(office).storeProperties(PDF_OPTIONS).build()
                    .convert(docx.toFile()).to(pdf.toFile()).execute();
        } catch (OfficeException | RuntimeException e) {
            throw new PdfUnavailableException(PdfUnavailableException.CONVERSION_FAILED,
                    "LibreOffice did not convert " + docx.getFileName() + ": " + e.getMessage(), e);
        }
        if (!hasContent(pdf)) {
            throw new PdfUnavailableException(PdfUnavailableException.CONVERSION_FAILED,
                    "LibreOffice wrote no PDF for " + docx.getFileName(), null);
        }
    }

    private static boolean hasContent(Path pdf) {
        try {
            return Files.size(pdf) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private synchronized LocalOfficeManager started() {
        if (manager != null) {
            return manager;
        }
        Path officeHome = home.orElseThrow(() -> new PdfUnavailableException(PdfUnavailableException.OFFICE_MISSING,
                "LibreOffice is not installed (set surveyflow.office.home)", null));
        try {
            workingDir = Files.createTempDirectory("surveyflow-office");
            LocalOfficeManager office = LocalOfficeManager.builder()
                    .officeHome(officeHome.toFile())
                    .portNumbers(freePort())
                    .existingProcessAction(ExistingProcessAction.FAIL)
                    .templateProfileDir(templateProfile(workingDir).toFile())
                    .workingDir(workingDir.toFile())
                    .taskExecutionTimeout(timeoutMillis)
                    .taskQueueTimeout(timeoutMillis)
                    .build();
            office.start();
            log.info("LibreOffice started from {}", officeHome);
            manager = office;
            return office;
        } catch (IOException | OfficeException e) {
            deleteWorkingDir();
            throw new PdfUnavailableException(PdfUnavailableException.OFFICE_MISSING,
                    "LibreOffice in " + officeHome + " could not start: " + e.getMessage(), e);
        }
    }

    /** A LibreOffice user profile holding just our settings; JODConverter copies it for the process it starts. */
    private static Path templateProfile(Path workingDir) throws IOException {
        Path user = Files.createDirectories(workingDir.resolve("template-profile/user"));
        try (InputStream settings = OfficeConverter.class.getResourceAsStream(PROFILE_SETTINGS)) {
            Files.copy(settings, user.resolve(PROFILE_SETTINGS));
        }
        return user.getParent();
    }

    // several applications (and test runs) on one machine each start their own LibreOffice
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (manager != null) {
            try {
                manager.stop();
            } catch (OfficeException e) {
                log.warn("LibreOffice did not stop cleanly: {}", e.getMessage());
            }
            manager = null;
        }
        deleteWorkingDir();
    }

    private void deleteWorkingDir() {
        if (workingDir != null) {
            try {
                FileSystemUtils.deleteRecursively(workingDir);
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", workingDir, e.getMessage());
            }
            workingDir = null;
        }
    }
}
