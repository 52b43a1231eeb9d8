package org.thinktank.surveyflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * A meeting's adoption in its documents: the adoption report (GET /api/meetings/{id}/adoption.docx, organizers only)
 * and the workbook's adoption sheet, both read back after the lead recorded an adoption.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdoptionExportsIT {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String ADOPTED_ONE = "建设区域数据交易中心";
    private static final String PENDING_ONE = "设立中小企业数字化转型基金";

    @Autowired
    Surveys surveys;
    @Autowired
    Api api;
    @Autowired
    HttpFiles files;
    @Autowired
    WorkCalendar calendar;

    private Survey survey;

    @BeforeAll
    void anAdoptedRecommendation() {
        survey = surveys.publishedWith("1. " + ADOPTED_ONE + "\n2. " + PENDING_ONE + "\n");
        String recommendations = "/api/surveys/" + survey.id() + "/recommendations";
        long first = api.as("li.wei").in("zh-CN").get(recommendations).body().get(0).get("id").asLong();
        api.as("li.wei").in("zh-CN").post(recommendations + "/" + first + "/steps", Map.of("kind", "ADOPTED",
                "on", calendar.today().toString(), "document", "关于建设区域数据交易中心的实施意见",
                "link", "https://www.gov.cn/zhengce/2026/2.htm"));
    }

    private String meetingPath(String file) {
        return "/api/meetings/" + surveys.meetingId() + "/" + file;
    }

    @Test
    void theAdoptionReportInChineseListsEachRecommendationWithWhereItStands() throws IOException {
        HttpFiles.Download download = files.get("organizer", meetingPath("adoption.docx"), CHINESE);

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.disposition().getFilename()).endsWith("成果采纳情况报告.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains(ADOPTED_ONE, PENDING_ONE, "已采纳", "关于建设区域数据交易中心的实施意见")
                    .doesNotContain("ADOPTED", "PENDING");
        }
    }

    @Test
    void theAdoptionReportIsForOrganizersOnly() {
        assertThat(files.get("li.wei", meetingPath("adoption.docx"), CHINESE).status()).isEqualTo(403);
    }

    @Test
    void theWorkbookHasARowPerRecommendationWithItsStatusInTheReadersLanguage() throws IOException {
        HttpFiles.Download download = files.get("organizer", meetingPath("workbook.xlsx"), CHINESE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet sheet = workbook.getSheet("成果采纳");
            assertThat(sheet).as("the adoption sheet").isNotNull();
            assertThat(rowsOf(sheet, survey.businessKey())).anySatisfy(row -> assertThat(row)
                    .contains(ADOPTED_ONE, "已采纳")).anySatisfy(row -> assertThat(row).contains(PENDING_ONE, "尚未报送"));
        }
    }

    private static List<List<String>> rowsOf(XSSFSheet sheet, String surveyKey) {
        DataFormatter text = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(text.formatCellValue(cell));
            }
            if (cells.contains(surveyKey)) {
                rows.add(cells);
            }
        }
        return rows;
    }
}
