package org.thinktank.surveyflow.export.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/**
 * GET /api/surveys/{id}/report/versions/{n}/document.pdf and the PDFs in the meeting package, made by the
 * LibreOffice installed here (a test requirement).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPdfDownloadIT {

    private static final String TITLE = "数字经济发展现状与路径调研 Digital economy";

    @Autowired
    Surveys surveys;
    @Autowired
    HttpFiles files;

    private Survey approved;

    @BeforeAll
    void anApprovedInvestigation() {
        approved = surveys.awaitingApproval();
        surveys.approval(approved, DecisionOutcome.APPROVE);
    }

    private String path(String extension) {
        return "/api/surveys/" + approved.id() + "/report/versions/1/document." + extension;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String start(byte[] file) {
        return new String(file, 0, Math.min(5, file.length), StandardCharsets.US_ASCII);
    }

    @Test
    void organizerDownloadsThePdfUnderTheWordFilesName() throws IOException {
        HttpFiles.Download download = files.get("organizer", path("pdf"));

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.headers().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PDF)).isTrue();
        assertThat(start(download.body())).isEqualTo("%PDF-");
        assertThat(download.disposition().getFilename()).isEqualTo(
                files.get("organizer", path("docx")).disposition().getFilename().replaceFirst("\\.docx$", ".pdf"));
        assertThat(text(download.body()).replaceAll("\\s+", " ")).contains(TITLE);
    }

    @Test
    void whoMayNotDownloadTheWordFileMayNotDownloadThePdf() {
        for (String user : new String[] {"zhang.lei", "wu.jing", "admin", null}) {
            int docx = files.get(user, path("docx")).status();
            assertThat(files.get(user, path("pdf")).status()).as(String.valueOf(user)).isEqualTo(docx).isIn(401, 403);
        }
    }

    @Test
    void aVersionThatWasNeverSubmittedIsNotFound() {
        assertThat(files.get("organizer", "/api/surveys/" + approved.id() + "/report/versions/2/document.pdf").status())
                .isEqualTo(404);
    }

    @Test
    void theMeetingPackageHoldsAPdfNextToEachWordReportAndItsIndexLinksIt() throws IOException {
        HttpFiles.Download download = files.get("organizer", "/api/meetings/" + surveys.meetingId() + "/package.zip");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        String pdfEntry = "reports/" + approved.businessKey() + " v1 " + TITLE + ".pdf";

        assertThat(entries).containsKey(pdfEntry);
        assertThat(start(entries.get(pdfEntry))).isEqualTo("%PDF-");
        assertThat(entries.keySet().stream().filter(name -> name.startsWith("reports/") && name.endsWith(".docx")).map(name -> name.replaceFirst("\\.docx$", ".pdf")))
                .allSatisfy(pdf -> assertThat(entries).containsKey(pdf));
        assertThat(new String(entries.get("index.html"), StandardCharsets.UTF_8))
                .contains("href=\"reports/" + approved.businessKey() + "%20v1%20").contains(".pdf\"")
                .doesNotContain("pdf-missing");
    }
}
