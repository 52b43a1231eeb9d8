package org.thinktank.surveyflow.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.cell;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.headers;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.sheetNames;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.written;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.export.SampleSurveyData;

class MeetingWorkbookAdoptionTests {

    private static XSSFWorkbook written(Locale locale) throws IOException {
        return WorkbookFiles.written(SampleExports.workbook(List.of(), false, locale)
                .withAdoption(SampleSurveyData.adoption()));
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
            texts.add(String.join("|", cells));
        }
        return texts;
    }

    @Test
    void theAdoptionSheetsComeBeforeTheSummaryAndOnlyWhenTheMeetingTracksRecommendations() throws IOException {
        try (XSSFWorkbook tracked = written(Locale.SIMPLIFIED_CHINESE);
             XSSFWorkbook untracked = WorkbookFiles.written(SampleExports.workbook(List.of(), false,
                     Locale.SIMPLIFIED_CHINESE))) {
            assertThat(sheetNames(tracked)).endsWith("报告日程", "成果采纳", "采纳统计", "概览");
            assertThat(sheetNames(untracked)).doesNotContain("成果采纳", "采纳统计");
        }
    }

    @Test
    void oneRowPerRecommendationWithWhatHappenedToIt() throws IOException {
        try (XSSFWorkbook workbook = written(Locale.SIMPLIFIED_CHINESE)) {
            XSSFSheet sheet = workbook.getSheet("成果采纳");
            assertThat(headers(sheet)).containsExactly("调研编号", "调研主题", "建议序号", "建议内容", "办理状态", "报送单位",
                    "报送日期", "批示人", "批示级别", "批示日期", "采纳文件", "采纳日期", "链接", "未采纳日期", "未采纳原因",
                    "会后至采纳天数");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(cell(sheet, 1, "调研编号").getStringCellValue()).isEqualTo("AM21-1");
            assertThat(cell(sheet, 1, "建议序号").getNumericCellValue()).isEqualTo(1);
            assertThat(cell(sheet, 1, "办理状态").getStringCellValue()).isEqualTo("已采纳");
            assertThat(cell(sheet, 1, "报送单位").getStringCellValue()).isEqualTo("省发展改革委");
            assertThat(cell(sheet, 1, "报送日期").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 6, 20));
            assertThat(cell(sheet, 1, "批示人").getStringCellValue()).isEqualTo("王副省长");
            assertThat(cell(sheet, 1, "批示级别").getStringCellValue()).isEqualTo("省级");
            assertThat(cell(sheet, 1, "采纳文件").getStringCellValue()).isEqualTo("《黑龙江省数字经济发展三年行动计划》");
            assertThat(cell(sheet, 1, "链接").getStringCellValue()).isEqualTo("https://example.gov.cn/plan");
            assertThat(cell(sheet, 1, "会后至采纳天数").getNumericCellValue()).isEqualTo(66);
            assertThat(cell(sheet, 2, "办理状态").getStringCellValue()).isEqualTo("未采纳");
            assertThat(cell(sheet, 2, "未采纳原因").getStringCellValue()).isEqualTo("与现行规划重复。");
            assertThat(cell(sheet, 2, "会后至采纳天数")).isNull();
            assertThat(cell(sheet, 3, "办理状态").getStringCellValue()).isEqualTo("尚未报送");
            assertThat(cell(sheet, 3, "报送单位")).isNull();
        }
    }

    @Test
    void theAdoptionSheetHasAFrozenHeaderAndAnAutofilter() throws IOException {
        try (XSSFWorkbook workbook = written(Locale.SIMPLIFIED_CHINESE)) {
            XSSFSheet sheet = workbook.getSheet("成果采纳");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P5");
        }
    }

    @Test
    void theFiguresSheetGivesTheRateTheMedianDaysAndTheCountsByStatusAgencyAndInvestigation() throws IOException {
        try (XSSFWorkbook workbook = written(Locale.SIMPLIFIED_CHINESE)) {
            assertThat(texts(workbook.getSheet("采纳统计"))).containsSubsequence(
                    "建议条数|4", "采纳率|50%", "会后至采纳天数（中位数）|53.0",
                    "办理状态|建议条数|占比", "尚未报送|1|25%", "已报送|0|0%", "已获批示|0|0%", "已采纳|2|50%", "未采纳|1|25%",
                    "报送单位|尚未报送|已报送|已获批示|已采纳|未采纳|建议条数", "省发展改革委|0|0|0|1|0|1",
                    "调研编号|调研主题|尚未报送|已报送|已获批示|已采纳|未采纳|建议条数|采纳率",
                    "AM21-2|人才流失问题调研|1|0|0|1|0|2|50%");
        }
    }

    @Test
    void anEnglishReaderGetsEnglishSheetNamesHeadersAndStatuses() throws IOException {
        try (XSSFWorkbook workbook = written(Locale.ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Adoption");
            assertThat(headers(sheet)).startsWith("Survey", "Topic", "No.", "Recommendation", "Status", "Agency");
            assertThat(cell(sheet, 3, "Status").getStringCellValue()).isEqualTo("Not yet sent");
            assertThat(workbook.getSheet("Adoption figures")).isNotNull();
        }
    }

    @Test
    void noStatusCodeReachesAChineseReader() throws IOException {
        try (XSSFWorkbook workbook = written(Locale.SIMPLIFIED_CHINESE)) {
            String all = String.join("\n", texts(workbook.getSheet("成果采纳"))) + String.join("\n",
                    texts(workbook.getSheet("采纳统计")));
            assertThat(List.of("PENDING", "SENT", "INSTRUCTED", "ADOPTED", "DECLINED"))
                    .allSatisfy(code -> assertThat(all).doesNotContain(code));
        }
    }
}
