package org.thinktank.surveyflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thinktank.surveyflow.export.excel.FindingRow;
import org.thinktank.surveyflow.export.excel.MeetingWorkbookWriter;

/**
 * The generated files open in LibreOffice: it converts them to PDF headless. LibreOffice is a test requirement
 * (scripts/test.sh installs it), so a machine without it fails here rather than skipping.
 */
class OfficeConversionTests {

    private static final long TIMEOUT_SECONDS = 180;
    private static final long MIN_PDF_BYTES = 5_000;

    @TempDir
    Path dir;

    private static Path soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("LibreOffice (soffice) is not installed; scripts/test.sh installs "
                + "libreoffice-writer-nogui, libreoffice-calc-nogui and fonts-noto-cjk");
    }

    private Path convertedToPdf(Path file) throws IOException, InterruptedException {
        Path profile = dir.resolve("libreoffice-profile");
        Path out = dir.resolve("pdf");
        Process process = new ProcessBuilder(soffice().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", out.toString(),
                file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert " + file.getFileName() + " within " + TIMEOUT_SECONDS + " s");
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        String name = file.getFileName().toString();
        return out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    }

    private static void assertIsARealPdf(Path pdf) throws IOException {
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(MIN_PDF_BYTES);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void libreOfficeConvertsAStudyReportToPdf() throws Exception {
        Path report = dir.resolve("report.docx");
        try (OutputStream out = Files.newOutputStream(report)) {
            SampleExports.reportWriter().write(SampleExports.approvedReport(), out);
        }
        assertIsARealPdf(convertedToPdf(report));
    }

    @Test
    void libreOfficeConvertsAMeetingWorkbookToPdf() throws Exception {
        Path workbook = dir.resolve("workbook.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            new MeetingWorkbookWriter().write(SampleExports.workbook(List.of(
                    new FindingRow("AM21-1", "哈尔滨", SampleExports.finding(1, "中小企业上云比例偏低", "省统计局"))), true), out);
        }
        assertIsARealPdf(convertedToPdf(workbook));
    }
}
