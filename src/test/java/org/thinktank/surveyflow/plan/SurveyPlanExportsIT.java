package org.thinktank.surveyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.export.SheetColumns.column;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/** The approved plan in the meeting workbook's Plans sheet and as the study report's last appendix. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyPlanExportsIT {

    @Autowired
    Surveys surveys;
    @Autowired
    HttpFiles files;

    private Survey inReview;

    @BeforeAll
    void anInvestigationInReview() {
        inReview = surveys.inReview();
    }

    @Test
    void theWorkbookHasAPlansSheetWithARowForTheInvestigationInChinese() throws IOException {
        HttpFiles.Download download = files.get("organizer", "/api/meetings/" + surveys.meetingId() + "/workbook.xlsx",
                Locale.SIMPLIFIED_CHINESE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet plans = workbook.getSheet("调研方案");
            assertThat(plans).isNotNull();
            int row = column(plans, "调研编号").indexOf(inReview.businessKey());
            assertThat(row).isNotNegative();
            assertThat(column(plans, "调研目标").get(row)).isEqualTo("摸清数字经济发展现状 Map the digital economy");
            assertThat(column(plans, "调研地点").get(row)).isEqualTo("哈尔滨经开区 Harbin，2026-05-04至2026-05-08");
            assertThat(column(plans, "方案版本").get(row)).as("a number, not text").isEqualTo("1.0");
        }
    }

    @Test
    void theStudyReportEndsWithThePlanAsAnAppendixWithoutTheBudgetNote() throws IOException {
        HttpFiles.Download download = files.get("li.wei", "/api/surveys/" + inReview.id()
                + "/report/versions/1/document.docx", Locale.SIMPLIFIED_CHINESE);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .last().extracting(p -> p.getText()).asString().endsWith("调研方案");
            String all = text.getText();
            assertThat(all.substring(all.lastIndexOf("调研方案"))).contains("摸清数字经济发展现状 Map the digital economy",
                    "中小企业为何上云缓慢", "哈尔滨经开区 Harbin", "问卷与访谈");
            assertThat(all).doesNotContain("差旅 3 万元");
        }
    }

    @Test
    void inEnglishTheAppendixIsCalledSurveyPlan() throws IOException {
        HttpFiles.Download download = files.get("organizer", "/api/surveys/" + inReview.id()
                + "/report/versions/1/document.docx", Locale.ENGLISH);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .last().extracting(p -> p.getText()).asString().endsWith("Survey plan");
        }
    }

}
