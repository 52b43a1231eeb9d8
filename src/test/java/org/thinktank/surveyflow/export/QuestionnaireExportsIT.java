package org.thinktank.surveyflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.questionnaire.QuestionnaireFiles;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/**
 * A questionnaire dataset uploaded during findings and a summary the lead chose, read back from the study report's
 * Word file and the meeting workbook: the chosen table with its chart in the report, never a free-text answer; the
 * dataset's summary in the workbook, its raw answers in the organizers' copy.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireExportsIT {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String TABLE_TITLE = "受访企业对营商环境的总体评价";

    @Autowired
    Surveys surveys;
    @Autowired
    Api api;
    @Autowired
    HttpFiles files;

    private Survey survey;

    @BeforeAll
    void aDatasetWithAChosenTableInASubmittedReport() {
        survey = surveys.launch();
        String datasets = "/api/surveys/" + survey.id() + "/datasets";
        long dataset = api.as("wang.fang").in("zh-CN").postFile(datasets, "问卷星导出.xlsx",
                QuestionnaireFiles.wenjuanxingXlsx(40), "title", "营商环境问卷").body().path("id").asLong();
        api.as("li.wei").in("zh-CN").post(datasets + "/" + dataset + "/tables", """
                {"question":"%s","title":"%s","caption":"五级量表","chart":true}"""
                .formatted(QuestionnaireFiles.WJX_SATISFACTION, TABLE_TITLE));
        surveys.toReview(survey);
    }

    @Test
    void theStudyReportHasTheChosenTableWithItsChartAndNoFreeTextAnswer() throws IOException {
        HttpFiles.Download download = files.get("organizer",
                "/api/surveys/" + survey.id() + "/report/versions/1/document.docx", CHINESE);

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(TABLE_TITLE, "非常满意", "营商环境问卷")
                    .doesNotContain(QuestionnaireFiles.suggestion(0), "LIKERT");
            assertThat(document.getCharts()).isNotEmpty();
        }
    }

    @Test
    void theOrganizersWorkbookHasTheDatasetsSummaryAndItsRawAnswers() throws IOException {
        HttpFiles.Download download = files.get("organizer",
                "/api/meetings/" + surveys.meetingId() + "/workbook.xlsx", CHINESE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(cellsOfSheetsNaming(workbook, survey.businessKey()))
                    .contains(QuestionnaireFiles.WJX_SATISFACTION, "非常满意", QuestionnaireFiles.suggestion(0));
        }
    }

    /** The text of every sheet named after the investigation: its datasets' summaries and raw answers. */
    private static List<String> cellsOfSheetsNaming(XSSFWorkbook workbook, String surveyKey) {
        DataFormatter text = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().contains(surveyKey)) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(text.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }
}
