package org.thinktank.surveyflow.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.cell;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.findings;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.headers;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.written;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.findings.Finding;

class MeetingWorkbookWriterTests {


    @Test
    void hasItsSheetsInOrderWithSurveysSelected() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(List.of("A")), true))) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("Surveys", "Plans", "Findings", "Figures", "Reviews", "Scores", "Timeline",
                            "People", "Institutions", "Programme", "Audit", "Summary");
            assertThat(workbook.getActiveSheetIndex()).isZero();
            assertThat(IntStream.range(0, 10).filter(i -> workbook.getSheetAt(i).isSelected())).containsExactly(0);
        }
    }

    @Test
    void theCopyForHandingOutHasNoAuditSheet() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(List.of("A")), false))) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("Surveys", "Plans", "Findings", "Figures", "Reviews", "Scores", "Timeline",
                            "People", "Institutions", "Programme", "Summary");
        }
    }

    @Test
    void theAuditSheetShowsWhenWhoWhatTheValuesBeforeAndAfterAndTheAddress() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(List.of(), true))) {
            XSSFSheet audit = workbook.getSheet("Audit");
            assertThat(headers(audit)).containsExactly("Time", "Survey", "Person", "Kind", "Subject", "Before", "After",
                    "Client address");
            assertThat(DateUtil.isCellDateFormatted(cell(audit, 1, "Time"))).isTrue();
            assertThat(cell(audit, 1, "Time").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 5, 20, 10, 0));
            assertThat(cell(audit, 1, "Survey").getStringCellValue()).isEqualTo("AM21-1");
            assertThat(cell(audit, 1, "Person").getStringCellValue()).isEqualTo("赵敏");
            assertThat(cell(audit, 1, "Kind").getStringCellValue()).isEqualTo("Decision taken");
            assertThat(cell(audit, 1, "Before").getStringCellValue()).isEqualTo("{\"stage\":\"APPROVAL\"}");
            assertThat(cell(audit, 1, "After").getStringCellValue()).isEqualTo("{\"decision\":\"APPROVE\"}");
            assertThat(cell(audit, 1, "Client address").getStringCellValue()).isEqualTo("192.0.2.10");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Surveys", "Findings", "Figures", "Reviews", "Scores", "Timeline", "People", "Institutions",
            "Programme", "Audit"})
    void everyTableSheetHasAStyledFrozenHeaderAndAnAutofilter(String name) throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(List.of("A", "B")), true))) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A1:");
            assertThat(sheet.getCTWorksheet().getColsArray(0).getColArray(1).getCustomWidth()).as(name).isTrue();
        }
    }

    @Test
    void theFindingsAutofilterCoversTheHeaderAndEveryFinding() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(List.of("A", "B")), true))) {
            assertThat(workbook.getSheet("Findings").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M3");
        }
    }

    @Test
    void surveysShowStageDueDateOverdueAndDaysInEachStage() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(List.of(), true))) {
            XSSFSheet surveys = workbook.getSheet("Surveys");
            assertThat(cell(surveys, 1, "Stage").getStringCellValue()).isEqualTo("In review");
            assertThat(cell(surveys, 1, "Region").getStringCellValue()).isEqualTo("哈尔滨");
            Cell due = cell(surveys, 1, "Due date");
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(cell(surveys, 1, "Overdue").getNumericCellValue()).isEqualTo(1);
            assertThat(new DataFormatter().formatCellValue(cell(surveys, 1, "Overdue"))).isEqualTo("yes");
            assertThat(new DataFormatter().formatCellValue(cell(surveys, 2, "Overdue"))).isEqualTo("no");
            assertThat(cell(surveys, 1, "Collecting findings (days)").getNumericCellValue()).isEqualTo(10.5);
            assertThat(cell(surveys, 1, "Drafting the report (days)").getNumericCellValue()).isEqualTo(3.25);
            assertThat(cell(surveys, 1, "In review (days)").getNumericCellValue()).isZero();
            assertThat(cell(surveys, 3, "Due date")).isNull();
        }
    }

    @Test
    void findingDatesAreDateCellsAndIdsAndFigureCountsAreNumbers() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(List.of("中小企业上云比例偏低")), true))) {
            XSSFSheet sheet = workbook.getSheet("Findings");
            assertThat(cell(sheet, 1, "Title").getStringCellValue()).isEqualTo("中小企业上云比例偏低");
            Cell observed = cell(sheet, 1, "Observed on");
            assertThat(DateUtil.isCellDateFormatted(observed)).isTrue();
            assertThat(observed.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 4, 18, 0, 0));
            Cell submitted = cell(sheet, 1, "Submitted");
            assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
            assertThat(submitted.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 5, 20, 10, 0));
            assertThat(cell(sheet, 1, "Finding").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(sheet, 1, "Figures").getNumericCellValue()).isEqualTo(2);
        }
    }

    /** Each formula-like text with the row it is written to, named with its control characters visible. */
    static Stream<Arguments> hostileTexts() {
        return IntStream.range(0, SampleExports.HOSTILE_TEXTS.size()).mapToObj(i -> {
            String text = SampleExports.HOSTILE_TEXTS.get(i);
            return Arguments.of(Named.of(text.replace("\t", "\\t").replace("\r", "\\r"), text), i + 1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void formulaLikeTextIsStoredAsAQuotePrefixedString(String text, int row) throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(SampleExports.HOSTILE_TEXTS), true))) {
            Cell title = cell(workbook.getSheet("Findings"), row, "Title");
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(text);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void noCellOfAWorkbookWithFormulaLikeTextIsAFormula() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(SampleExports.HOSTILE_TEXTS), true))) {
            for (var s : workbook) {
                for (Row row : s) {
                    for (Cell c : row) {
                        assertThat(c.getCellType()).as(s.getSheetName() + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void plainTextIsNotQuotePrefixed() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(List.of("上云比例 -> 31%")), true))) {
            assertThat(cell(workbook.getSheet("Findings"), 1, "Title").getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void reviewsShowScoresAsNumbersAndConfidentialCommentsOnlyWhenAsked() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(List.of(), true))) {
            XSSFSheet reviews = workbook.getSheet("Reviews");
            assertThat(cell(reviews, 1, "Relevance").getNumericCellValue()).isEqualTo(4);
            assertThat(cell(reviews, 1, "Average").getNumericCellValue()).isEqualTo(4);
            assertThat(cell(reviews, 1, "Recommendation").getStringCellValue()).isEqualTo("Accept");
            assertThat(cell(reviews, 1, "Reviewer").getStringCellValue()).isEqualTo("周强 (国际人才政策研究所)");
            assertThat(cell(reviews, 1, "Confidential comments").getStringCellValue()).isEqualTo("保密 confidential remark");
        }
        try (XSSFWorkbook workbook = written(SampleExports.workbook(List.of(), false))) {
            XSSFSheet reviews = workbook.getSheet("Reviews");
            assertThat(headers(reviews)).doesNotContain("Confidential comments");
            reviews.forEach(row -> row.forEach(c -> assertThat(c.toString()).doesNotContain("保密")));
        }
    }

    @Test
    void timelineHasWhoStartEndAndDurationInDays() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(List.of(), true))) {
            XSSFSheet timeline = workbook.getSheet("Timeline");
            assertThat(cell(timeline, 1, "Task").getStringCellValue()).isEqualTo("Submit findings");
            assertThat(cell(timeline, 1, "Assignee").getStringCellValue()).isEqualTo("李伟 (黑龙江数字经济研究中心)");
            assertThat(DateUtil.isCellDateFormatted(cell(timeline, 1, "Started"))).isTrue();
            assertThat(DateUtil.isCellDateFormatted(cell(timeline, 1, "Ended"))).isTrue();
            assertThat(cell(timeline, 1, "Duration (days)").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(timeline, 1, "Overdue").getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void findingsAreReadOnceAsTheyStream() throws IOException {
        List<Finding> seen = new ArrayList<>();
        Iterable<FindingRow> once = () -> findings(List.of("A", "B", "C")).stream()
                .peek(row -> seen.add(row.finding())).iterator();
        MeetingWorkbook book = SampleExports.workbook(List.of(), true).withFindings(once);
        try (XSSFWorkbook workbook = written(book)) {
            assertThat(workbook.getSheet("Findings").getLastRowNum()).isEqualTo(3);
        }
        assertThat(seen).hasSize(3);
    }
}
