package org.thinktank.surveyflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

/** GET /api/meetings/{id}/workbook.xlsx: organizers only, with the meeting's surveys, reviews and task history. */
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

    private static List<String> column(XSSFSheet sheet, String header) {
        int index = -1;
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                index = cell.getColumnIndex();
            }
        }
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(index) != null) {
                values.add(row.getCell(index).toString());
            }
        }
        return values;
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
            assertThat(rows).containsExactlyInAnyOrder("Submit findings / li.wei / true",
                    "Submit findings / wang.fang / true", "Draft study report / li.wei / true",
                    "Review study report / zhou.qiang / true", "Review study report / m.ivanov / true",
                    "Approve study report /  / false");
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
