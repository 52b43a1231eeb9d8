package org.thinktank.surveyflow.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.cell;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.findings;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.headers;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.sheetNames;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.written;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.workflow.TimelineTask;

/** The workbook in its reader's language: words, people, dates, and how it prints. */
class MeetingWorkbookLanguageTests {

    private static final Set<String> CODES = Stream.of(SurveyStage.values(), FieldMethod.values(),
            Recommendation.values(), AuditKind.values()).flatMap(Arrays::stream).map(Enum::name)
            .collect(Collectors.toSet());

    private static XSSFWorkbook chinese() throws IOException {
        return written(SampleExports.workbook(findings(List.of("中小企业上云比例偏低")), true, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void inChineseEverySheetNameAndHeaderIsChinese() throws IOException {
        try (XSSFWorkbook workbook = chinese()) {
            assertThat(sheetNames(workbook)).containsExactly("调研", "调研方案", "调研发现", "数据", "评审", "评分分析", "任务时间线",
                    "人员", "机构", "报告日程", "审计记录", "概览");
            for (var sheet : workbook) {
                if (!sheet.getSheetName().equals("概览")) {
                    assertThat(headers((XSSFSheet) sheet)).as(sheet.getSheetName()).allSatisfy(header ->
                            assertThat(header).doesNotContainPattern("[A-Za-z]"));
                }
            }
        }
    }

    @Test
    void inChineseNoCellHoldsACode() throws IOException {
        try (XSSFWorkbook workbook = chinese()) {
            DataFormatter shown = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            for (var sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(CODES).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .doesNotContain(shown.formatCellValue(cell));
                    }
                }
            }
        }
    }

    @Test
    void inChineseCodesBecomeWordsAndDatesAreWrittenTheChineseWay() throws IOException {
        try (XSSFWorkbook workbook = chinese()) {
            XSSFSheet surveys = workbook.getSheet("调研");
            DataFormatter shown = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            assertThat(cell(surveys, 1, "所处阶段").getStringCellValue()).isEqualTo("评审中");
            // POI's own formatter garbles quoted Chinese in a date format; Excel and LibreOffice show 2026年5月1日
            assertThat(cell(surveys, 1, "截止日期").getCellStyle().getDataFormatString()).isEqualTo("yyyy\"年\"m\"月\"d\"日\"");
            assertThat(shown.formatCellValue(cell(surveys, 1, "是否逾期"))).isEqualTo("是");
            assertThat(cell(workbook.getSheet("调研发现"), 1, "调研方法").getStringCellValue()).isEqualTo("问卷调查");
            assertThat(cell(workbook.getSheet("评审"), 1, "评审结论").getStringCellValue()).isEqualTo("接受");
        }
    }

    @Test
    void peopleAppearByDisplayNameWithTheirInstitutionInFullWidthBracketsInChinese() throws IOException {
        try (XSSFWorkbook workbook = chinese()) {
            XSSFSheet surveys = workbook.getSheet("调研");
            assertThat(cell(surveys, 1, "负责人").getStringCellValue()).isEqualTo("李伟（黑龙江数字经济研究中心）");
            assertThat(cell(surveys, 1, "调研组成员").getStringCellValue())
                    .isEqualTo("李伟（黑龙江数字经济研究中心）、王芳（东北振兴研究院）");
            assertThat(cell(workbook.getSheet("审计记录"), 1, "操作人").getStringCellValue())
                    .as("no institution, no brackets").isEqualTo("赵敏");
        }
    }

    @Test
    void aLoginTheDirectoryDoesNotKnowIsShownAsItIs() {
        People people = SampleExports.people(SampleExports.language(Locale.ENGLISH));
        assertThat(people.name("former.member")).isEqualTo("former.member");
    }

    @Test
    void theTimelineShowsATasksDueDateAsTheDayBeforeItsDeadlineLikeTheSurveysSheet() throws IOException {
        MeetingWorkbook sample = SampleExports.workbook(List.of(), true);
        // due at the end of 15 December: the engine holds the midnight that starts the 16th
        TimelineTask task = new TimelineTask("AM21-1", "draftReport", "Draft study report", "li.wei",
                SampleExports.NOW, null, LocalDate.of(2026, 12, 16).atStartOfDay(sample.zone()).toInstant(), "task-1");
        MeetingWorkbook book = new MeetingWorkbook(sample.meetingCode(), sample.meetingName(), sample.zone(),
                sample.generatedAt(), sample.language(), sample.people(), sample.surveys(), sample.findings(),
                sample.reviews(), List.of(task), sample.audit(), true);
        try (XSSFWorkbook workbook = written(book)) {
            Cell due = cell(workbook.getSheet("Timeline"), 1, "Due date");
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue()).isEqualTo(LocalDate.of(2026, 12, 15).atStartOfDay());
            assertThat(new DataFormatter(Locale.ENGLISH).formatCellValue(due)).isEqualTo("15 Dec 2026");
            assertThat(new DataFormatter(Locale.ENGLISH).formatCellValue(cell(workbook.getSheet("Timeline"), 1, "Overdue")))
                    .isEqualTo("no");
        }
    }

    @Test
    void everyTableSheetPrintsOnA4AsWideAsThePageAndAsManyPagesTallAsItNeedsWithItsHeaderOnEach() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(List.of("A")), true))) {
            for (var sheet : workbook) {
                String name = sheet.getSheetName();
                assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name + " is not squeezed onto one page").isZero();
                if (!name.equals("Summary")) {
                    assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
                    assertThat(sheet.isPrintGridlines()).as(name).isTrue();
                }
            }
            assertThat(workbook.getSheet("Findings").getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheet("Timeline").getPrintSetup().getLandscape()).as("narrow enough upright").isFalse();
        }
    }

    @Test
    void aLongWrappedTextMakesItsRowTallEnoughToRead() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(List.of("A")), true))) {
            Row row = workbook.getSheet("Findings").getRow(1);
            assertThat(cell(workbook.getSheet("Findings"), 1, "Evidence").getCellStyle().getWrapText()).isTrue();
            assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(30f);
        }
    }
}
