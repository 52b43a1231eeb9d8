package org.thinktank.surveyflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/** GET /api/meetings/{id}/package.zip: every published report, the workbook and an index in one ZIP. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPackageIT {

    @Autowired
    Surveys surveys;
    @Autowired
    HttpFiles files;

    private Survey published;
    private Survey unpublished;
    private String path;

    @BeforeAll
    void onePublishedAndOneUnpublishedInvestigation() {
        published = surveys.awaitingApproval();
        surveys.approval(published, DecisionOutcome.APPROVE);
        unpublished = surveys.awaitingApproval();
        path = "/api/meetings/" + surveys.meetingId() + "/package.zip";
    }

    private Map<String, byte[]> entries() throws IOException {
        HttpFiles.Download download = files.get("organizer", path);
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private String reportEntry(Survey survey) {
        return "reports/" + survey.businessKey() + " v1 数字经济发展现状与路径调研 Digital economy.docx";
    }

    @Test
    void organizerDownloadsAZipNamedAfterTheMeeting() {
        HttpFiles.Download download = files.get("organizer", path);
        assertThat(download.headers().getContentType().equalsTypeAndSubtype(Downloads.ZIP)).isTrue();
        assertThat(download.disposition().getFilename()).startsWith("AM21 ").endsWith(" package.zip");
    }

    @Test
    void holdsTheWordReportOfEachPublishedInvestigationOnly() throws IOException {
        Map<String, byte[]> entries = entries();

        assertThat(entries).containsKey(reportEntry(published)).doesNotContainKey(reportEntry(unpublished));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(entries.get(reportEntry(published))))) {
            assertThat(new XWPFWordExtractor(document).getText()).contains("数字经济发展现状与路径调研")
                    .contains("Approved by: ").doesNotContain("保密意见");
        }
    }

    @Test
    void holdsTheMeetingWorkbookWithoutConfidentialComments() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(entries().get("workbook.xlsx")))) {
            assertThat(workbook.getSheet("Surveys").getLastRowNum()).isGreaterThanOrEqualTo(2);
            workbook.getSheet("Reviews").getRow(0).forEach(header ->
                    assertThat(header.getStringCellValue()).isNotEqualTo("Confidential comments"));
        }
    }

    @Test
    void indexLinksEachReportInUtf8() throws IOException {
        String index = new String(entries().get("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("<meta charset=\"utf-8\">").contains(published.businessKey())
                .contains("数字经济发展现状与路径调研 Digital economy")
                .contains("href=\"reports/" + published.businessKey() + "%20v1%20%E6%95%B0")
                .doesNotContain(unpublished.businessKey() + "<");
    }

    @Test
    void theIndexSpeaksTheReadersLanguageAndNamesLeadsByName() throws IOException {
        HttpFiles.Download download = files.get("organizer", path, java.util.Locale.SIMPLIFIED_CHINESE);
        String index = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("index.html")) {
                    index = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(index).contains("<html lang=\"zh-CN\">", "已发布的调研报告：", "<th>负责人</th>", "Li Wei 李伟")
                .doesNotContain("Published", "Lead", "<td>li.wei</td>");
    }

    @Test
    void onlyOrganizersMayDownloadIt() {
        assertThat(files.get("li.wei", path).status()).isEqualTo(403);
        assertThat(files.get("admin", path).status()).isEqualTo(403);
    }
}
