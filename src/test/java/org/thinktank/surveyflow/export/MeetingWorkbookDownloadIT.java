package org.thinktank.surveyflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.export.SheetColumns.column;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.support.UnfinishedExports;

/**
 * GET /api/meetings/{id}/workbook.xlsx: organizers only, with the meeting's surveys, reviews and task history, in the
 * reader's language; a background export (POST /api/meetings/{id}/exports) keeps the language it was asked in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingWorkbookDownloadIT {

    @Autowired
    Surveys surveys;
    @Autowired
    HttpFiles files;

    private Survey reviewed;
    private String path;

    @BeforeAll
    void aReviewedInvestigation() {
        reviewed = surveys.awaitingApproval();
        path = "/api/meetings/" + surveys.meetingId() + "/workbook.xlsx";
    }

    @Test
    void organizerDownloadsTheWorkbookOfTheMeeting() throws IOException {
        HttpFiles.Download download = files.get("organizer", path);

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.headers().getContentType().equalsTypeAndSubtype(Downloads.XLSX)).isTrue();
        assertThat(download.disposition().getFilename()).startsWith("AM21 ").endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(column(workbook.getSheet("Surveys"), "Survey")).contains(reviewed.businessKey());
            assertThat(column(workbook.getSheet("Findings"), "Title")).contains("中小企业上云比例偏低 by li.wei");
            assertThat(column(workbook.getSheet("Reviews"), "Confidential comments"))
                    .contains("Confidential: the team was late 保密意见");
        }
    }

    @Test
    void timelineListsTheTasksFromTheEngineHistoryWithWhoDidThem() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("organizer", path).body()))) {
            XSSFSheet timeline = workbook.getSheet("Timeline");
            DataFormatter text = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : timeline) {
                if (reviewed.businessKey().equals(text.formatCellValue(row.getCell(0)))) {
                    rows.add(text.formatCellValue(row.getCell(1)) + " / " + text.formatCellValue(row.getCell(2))
                            + " / " + (row.getCell(4) != null));
                }
            }
            String liWei = "Li Wei 李伟 (黑龙江数字经济研究中心 Heilongjiang Digital Economy Centre)";
            assertThat(rows).containsExactlyInAnyOrder("Submit survey plan / " + liWei + " / true",
                    "Approve survey plan / Zhao Min 赵敏 (东北振兴研究院 Northeast Revitalization Institute) / true",
                    "Submit findings / " + liWei + " / true",
                    "Submit findings / Wang Fang 王芳 (黑龙江数字经济研究中心 Heilongjiang Digital Economy Centre) / true",
                    "Draft study report / " + liWei + " / true",
                    "Review study report / Zhou Qiang 周强 (东北振兴研究院 Northeast Revitalization Institute) / true",
                    "Review study report / Mikhail Ivanov (东北振兴研究院 Northeast Revitalization Institute) / true",
                    "Approve study report /  / false");
        }
    }

    @Test
    void aReaderWhoAsksInChineseGetsTheWorkbookInChinese() throws IOException {
        HttpFiles.Download download = files.get("organizer", path, Locale.SIMPLIFIED_CHINESE);

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("调研");
            assertThat(column(workbook.getSheet("任务时间线"), "办理人"))
                    .contains("Li Wei 李伟（黑龙江数字经济研究中心 Heilongjiang Digital Economy Centre）");
        }
    }

    @Test
    void aBackgroundWorkbookIsWrittenInTheLanguageOfTheRequestThatQueuedIt() throws Exception {
        HttpFiles.Download started = files.post("organizer", "/api/meetings/" + surveys.meetingId() + "/exports",
                "{\"kind\":\"WORKBOOK\"}", Locale.SIMPLIFIED_CHINESE);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String job = "/api/exports/" + new ObjectMapper().readTree(started.body()).path("id").asText();
        await().atMost(UnfinishedExports.LONGEST_EXPORT).pollInterval(Duration.ofMillis(200))
                .until(() -> files.get("organizer", job + "/file", Locale.ENGLISH).status() == 200);

        // fetched in English, written in the Chinese it was asked in
        HttpFiles.Download file = files.get("organizer", job + "/file", Locale.ENGLISH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("调研");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li.wei", "zhou.qiang", "admin"})
    void nobodyButOrganizersMayDownloadIt(String user) {
        assertThat(files.get(user, path).status()).as(user).isEqualTo(403);
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        assertThat(files.get("organizer", "/api/meetings/999999/workbook.xlsx").status()).isEqualTo(404);
    }
}
