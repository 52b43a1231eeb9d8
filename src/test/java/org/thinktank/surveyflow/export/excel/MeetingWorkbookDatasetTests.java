package org.thinktank.surveyflow.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.cell;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.headers;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.sheetNames;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.written;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.export.SampleSurveyData;
import org.thinktank.surveyflow.questionnaire.DatasetSheet;

class MeetingWorkbookDatasetTests {

    private static final String LONG_TITLE = "2026年黑龙江省中小企业数字化转型现状问卷调查（企业负责人卷）";

    private static MeetingWorkbook book(boolean organizersCopy, Locale locale) {
        return SampleExports.workbook(List.of(), organizersCopy, locale).withDatasets(List.of(
                SampleSurveyData.dataset("AM21-1", "企业问卷", true),
                SampleSurveyData.dataset("AM21-2", LONG_TITLE, true),
                SampleSurveyData.dataset("AM21-2", LONG_TITLE + "（第二轮）", true)));
    }

    private static List<String> column(XSSFSheet sheet, String header) {
        List<String> values = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (int row = 1; row <= sheet.getLastRowNum(); row++) {
            Cell cell = cell(sheet, row, header);
            values.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return values;
    }

    @Test
    void eachDatasetHasASheetNamedFromItsSurveyAndTitleWithinExcelsRules() throws IOException {
        try (XSSFWorkbook workbook = written(book(false, Locale.SIMPLIFIED_CHINESE))) {
            List<String> names = sheetNames(workbook);
            assertThat(names).contains("AM21-1 企业问卷", "AM21-2 2026年黑龙江省中小企业数字化转型现状问卷调查",
                    "AM21-2 2026年黑龙江省中小企业数字化转型现状 (2)");
            assertThat(names).allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31));
            assertThat(names.indexOf("AM21-1 企业问卷")).isLessThan(names.indexOf("概览"));
        }
    }

    @Test
    void theSummarySheetListsEachOptionWithItsCountAndShareAsAPercentage() throws IOException {
        try (XSSFWorkbook workbook = written(book(false, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheet("AM21-1 企业问卷");
            assertThat(headers(sheet)).containsExactly("问题", "题型", "选项", "人数", "占比", "平均值", "中位数", "标准差",
                    "最小值", "最大值", "回答人数");
            assertThat(cell(sheet, 1, "问题").getStringCellValue()).isEqualTo("贵单位所属行业");
            assertThat(cell(sheet, 1, "题型").getStringCellValue()).isEqualTo("单选题");
            assertThat(cell(sheet, 1, "选项").getStringCellValue()).isEqualTo("制造业");
            assertThat(cell(sheet, 1, "人数").getNumericCellValue()).isEqualTo(120);
            assertThat(cell(sheet, 1, "占比").getNumericCellValue()).isEqualTo(120 / 212.0);
            assertThat(new DataFormatter().formatCellValue(cell(sheet, 1, "占比"))).isEqualTo("57%");
            assertThat(cell(sheet, 1, "回答人数").getNumericCellValue()).isEqualTo(212);
            assertThat(column(sheet, "题型")).contains("多选题", "量表题", "数值题", "开放题");
        }
    }

    @Test
    void numbersAndScalesHaveARowWithTheirSpread() throws IOException {
        try (XSSFWorkbook workbook = written(book(false, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheet("AM21-1 企业问卷");
            int row = column(sheet, "问题").indexOf("员工人数") + 1;
            assertThat(cell(sheet, row, "平均值").getNumericCellValue()).isEqualTo(86.4);
            assertThat(cell(sheet, row, "中位数").getNumericCellValue()).isEqualTo(45);
            assertThat(cell(sheet, row, "最大值").getNumericCellValue()).isEqualTo(900);
            assertThat(cell(sheet, row, "选项")).isNull();
            int scale = column(sheet, "问题").lastIndexOf("对上云补贴政策的满意度") + 1;
            assertThat(cell(sheet, scale, "平均值").getNumericCellValue()).isEqualTo(3.5714);
            assertThat(column(sheet, "问题").stream().filter("对上云补贴政策的满意度"::equals)).hasSize(6);
        }
    }

    @Test
    void theSummaryHasAFrozenHeaderAndAnAutofilter() throws IOException {
        try (XSSFWorkbook workbook = written(book(false, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheet("AM21-1 企业问卷");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:K");
        }
    }

    @Test
    void freeTextAnswersAreNotInTheSummarySheetOnlyHowManyAnswered() throws IOException {
        try (XSSFWorkbook workbook = written(book(false, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheet("AM21-1 企业问卷");
            int row = column(sheet, "问题").indexOf("其他意见和建议") + 1;
            assertThat(cell(sheet, row, "回答人数").getNumericCellValue()).isEqualTo(57);
            for (int i = 0; i < sheet.getPhysicalNumberOfRows(); i++) {
                sheet.getRow(i).forEach(c -> assertThat(new DataFormatter().formatCellValue(c))
                        .doesNotContain("13800138000"));
            }
        }
    }

    @Test
    void theRawDataFollowInTheOrganizersCopyOnly() throws IOException {
        try (XSSFWorkbook own = written(book(true, Locale.SIMPLIFIED_CHINESE));
             XSSFWorkbook handedOut = written(book(false, Locale.SIMPLIFIED_CHINESE))) {
            List<String> names = sheetNames(own);
            assertThat(names).containsSubsequence("AM21-1 企业问卷", "原始数据 AM21-1 企业问卷", "AM21-2 2026年黑龙江省中小企业数字化转型现状问卷调查");
            assertThat(sheetNames(handedOut)).noneMatch(name -> name.startsWith("原始数据"));
        }
    }

    @Test
    void theRawDataKeepEveryColumnWithNumbersAsNumbersAndCodesWithLeadingZerosAsText() throws IOException {
        try (XSSFWorkbook workbook = written(book(true, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet raw = workbook.getSheet("原始数据 AM21-1 企业问卷");
            assertThat(headers(raw)).containsExactly("序号", "提交答卷时间", "来源IP", "1、贵单位所属行业", "2、员工人数",
                    "3、其他意见和建议");
            assertThat(cell(raw, 1, "2、员工人数").getNumericCellValue()).isEqualTo(120);
            assertThat(cell(raw, 2, "2、员工人数").getStringCellValue()).isEqualTo("045");
            assertThat(cell(raw, 3, "2、员工人数").getNumericCellValue()).isEqualTo(-3.5);
            assertThat(cell(raw, 1, "3、其他意见和建议").getStringCellValue()).isEqualTo(SampleSurveyData.PERSONAL_ANSWER);
            assertThat(raw.getLastRowNum()).isEqualTo(2 + SampleExports.HOSTILE_TEXTS.size());
        }
    }

    @Test
    void aRawCellThatLooksLikeAFormulaIsTextNeverAFormula() throws IOException {
        try (XSSFWorkbook workbook = written(book(true, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet raw = workbook.getSheet("原始数据 AM21-1 企业问卷");
            for (int i = 0; i < SampleExports.HOSTILE_TEXTS.size(); i++) {
                Cell cell = cell(raw, 3 + i, "3、其他意见和建议");
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(SampleExports.HOSTILE_TEXTS.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
        }
    }

    @Test
    void rawRowsAreReadOnceWhileTheWorkbookStreams() throws IOException {
        int[] reads = {0};
        List<String> header = List.of("序号", "得分");
        Iterable<List<String>> rows = () -> {
            reads[0]++;
            return java.util.stream.IntStream.range(0, 1_000)
                    .mapToObj(i -> List.of(String.valueOf(i + 1), String.valueOf(i % 5))).iterator();
        };
        MeetingWorkbook book = SampleExports.workbook(List.of(), true, Locale.ENGLISH).withDatasets(List.of(
                new DatasetSheet("AM21-1", "Scores", SampleSurveyData.summary(), new DatasetSheet.RawData(header, rows))));
        try (XSSFWorkbook workbook = written(book)) {
            assertThat(reads[0]).isEqualTo(1);
            assertThat(workbook.getSheet("Raw AM21-1 Scores").getLastRowNum()).isEqualTo(1_000);
        }
    }

    @Test
    void anEnglishReaderGetsEnglishSheetNamesHeadersAndKinds() throws IOException {
        try (XSSFWorkbook workbook = written(book(true, Locale.ENGLISH))) {
            XSSFSheet sheet = workbook.getSheet("AM21-1 企业问卷");
            assertThat(headers(sheet)).startsWith("Question", "Kind", "Option", "Count", "Share");
            assertThat(column(sheet, "Kind")).contains("Single choice", "Multiple choice", "Scale", "Number",
                    "Free text");
            assertThat(sheetNames(workbook)).contains("Raw AM21-1 企业问卷");
        }
    }

    @Test
    void noQuestionKindCodeReachesAChineseReader() throws IOException {
        try (XSSFWorkbook workbook = written(book(true, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheet("AM21-1 企业问卷");
            assertThat(column(sheet, "题型")).doesNotContain("SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT", "NUMBER",
                    "FREE_TEXT");
        }
    }
}
