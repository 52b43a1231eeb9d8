package org.thinktank.surveyflow.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.cell;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.findings;
import static org.thinktank.surveyflow.export.excel.WorkbookFiles.written;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.review.Review;

/** The sheets for analysis: Figures, Scores, People, Institutions and the Summary's charts. */
class MeetingWorkbookAnalysisTests {

    private static MeetingWorkbook twoReviews() {
        MeetingWorkbook sample = SampleExports.workbook(findings(List.of("中小企业上云比例偏低")), true);
        Review second = new Review(2, 1, 1, "zhou.qiang", 2, 4, 5, 5, Recommendation.MINOR_REVISION, "", null,
                SampleExports.NOW);
        return new MeetingWorkbook(sample.meetingCode(), sample.meetingName(), sample.zone(), sample.generatedAt(),
                sample.language(), sample.people(), sample.surveys(), sample.findings(),
                List.of(new ReviewRow("AM21-1", "哈尔滨", SampleExports.review("zhou.qiang", null)),
                        new ReviewRow("AM21-1", "哈尔滨", second)),
                sample.timeline(), sample.audit(), true);
    }

    @Test
    void theFiguresSheetHasOneRowPerFigureWithItsValueAsANumberLinkedToItsFindingAndInvestigation() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(findings(List.of("中小企业上云比例偏低", "人才缺口")), true))) {
            XSSFSheet figures = workbook.getSheet("Figures");
            assertThat(figures.getLastRowNum()).isEqualTo(4);
            assertThat(cell(figures, 2, "Survey").getStringCellValue()).isEqualTo("AM21-1");
            assertThat(cell(figures, 2, "Topic").getStringCellValue()).isEqualTo("数字经济发展现状与路径调研");
            assertThat(cell(figures, 2, "Finding").getNumericCellValue()).isEqualTo(1);
            assertThat(cell(figures, 2, "Finding title").getStringCellValue()).isEqualTo("中小企业上云比例偏低");
            assertThat(cell(figures, 2, "Figure").getStringCellValue()).isEqualTo("上云比例");
            assertThat(cell(figures, 2, "Value").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(figures, 2, "Value").getNumericCellValue()).isEqualTo(31.5);
            assertThat(cell(figures, 1, "Value").getNumericCellValue()).isEqualTo(212);
            assertThat(cell(figures, 2, "Unit").getStringCellValue()).isEqualTo("%");
            assertThat(figures.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I5");
        }
    }

    @Test
    void scoresShowEachReviewersMeanAndSpreadPerCriterionAndAllReviewersBelow() throws IOException {
        try (XSSFWorkbook workbook = written(twoReviews())) {
            XSSFSheet scores = workbook.getSheet("Scores");
            assertThat(cell(scores, 1, "Reviewer").getStringCellValue()).isEqualTo("周强");
            assertThat(cell(scores, 1, "Institution").getStringCellValue()).isEqualTo("国际人才政策研究所");
            assertThat(cell(scores, 1, "Reviews").getNumericCellValue()).isEqualTo(2);
            assertThat(cell(scores, 1, "Relevance: mean").getNumericCellValue()).isEqualTo(3);
            assertThat(cell(scores, 1, "Relevance: spread (SD)").getNumericCellValue()).isCloseTo(Math.sqrt(2), within(1e-9));
            assertThat(cell(scores, 1, "Evidence: spread (SD)").getNumericCellValue()).isZero();
            assertThat(cell(scores, 1, "Overall: mean").getNumericCellValue()).isEqualTo(4);
            assertThat(cell(scores, 2, "Reviewer").getStringCellValue()).isEqualTo("All reviewers");
            assertThat(cell(scores, 2, "Clarity: mean").getNumericCellValue()).isEqualTo(5);
            assertThat(scores.getCTWorksheet().getAutoFilter().getRef()).as("the total row is not filtered").isEqualTo("A1:M2");
        }
    }

    @Test
    void aSingleScoreHasNoSpread() throws IOException {
        try (XSSFWorkbook workbook = written(SampleExports.workbook(List.of(), true))) {
            assertThat(cell(workbook.getSheet("Scores"), 1, "Relevance: spread (SD)")).isNull();
        }
    }

    @Test
    void peopleShowTheirInvestigationsFindingsOnTimeRateAndScores() throws IOException {
        try (XSSFWorkbook workbook = written(twoReviews())) {
            XSSFSheet people = workbook.getSheet("People");
            int liWei = row(people, "李伟");
            assertThat(cell(people, liWei, "Institution").getStringCellValue()).isEqualTo("黑龙江数字经济研究中心");
            assertThat(cell(people, liWei, "Investigations").getNumericCellValue()).isEqualTo(3);
            assertThat(cell(people, liWei, "Led").getNumericCellValue()).isEqualTo(3);
            assertThat(cell(people, liWei, "Findings").getNumericCellValue()).isEqualTo(1);
            assertThat(cell(people, liWei, "Tasks done").getNumericCellValue()).isEqualTo(1);
            assertThat(cell(people, liWei, "On-time rate").getNumericCellValue()).as("its one task was late").isZero();
            assertThat(cell(people, liWei, "On-time rate").getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(cell(people, liWei, "Average score received").getNumericCellValue()).isEqualTo(4);
            int zhouQiang = row(people, "周强");
            assertThat(cell(people, zhouQiang, "Reviews written").getNumericCellValue()).isEqualTo(2);
            assertThat(cell(people, zhouQiang, "Average score given").getNumericCellValue()).isEqualTo(4);
            assertThat(cell(people, zhouQiang, "On-time rate")).as("no task done, no rate").isNull();
        }
    }

    @Test
    void institutionsAddUpTheirPeople() throws IOException {
        try (XSSFWorkbook workbook = written(twoReviews())) {
            XSSFSheet institutions = workbook.getSheet("Institutions");
            int centre = row(institutions, "黑龙江数字经济研究中心");
            assertThat(cell(institutions, centre, "People").getNumericCellValue()).isEqualTo(1);
            assertThat(cell(institutions, centre, "Investigations").getNumericCellValue()).isEqualTo(3);
            assertThat(cell(institutions, centre, "Findings").getNumericCellValue()).isEqualTo(1);
            int institute = row(institutions, "国际人才政策研究所");
            assertThat(cell(institutions, institute, "Reviews written").getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void theSummaryHasFourChartsOfStagesCycleTimesMethodsAndScores() throws IOException {
        try (XSSFWorkbook workbook = written(twoReviews())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            var charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(chart -> chart.getTitleText().getString()).containsExactly(
                    "Investigations per stage", "Average days in each stage", "Findings per method",
                    "How often each score was given");
            charts.forEach(chart -> chart.getCTChart().getPlotArea().getBarChartArray(0).getSerList().forEach(series ->
                    assertThat(series.getSpPr().isSetSolidFill()).as("bars need a fill to show in LibreOffice").isTrue()));
            var stages = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertThat(stages.getCat().getStrRef().getF()).isEqualTo("Summary!$A$5:$A$12");
            assertThat(summary.getRow(7).getCell(0).getStringCellValue()).isEqualTo("In review");
            assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(charts.get(3).getCTChart().getPlotArea().getBarChartArray(0).getSerList()).as("one per criterion")
                    .hasSize(4);
        }
    }

    @Test
    void theScoreDistributionCountsHowOftenEachCriterionGotEachScore() throws IOException {
        try (XSSFWorkbook workbook = written(twoReviews())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            var series = summary.getDrawingPatriarch().getCharts().get(3).getCTChart().getPlotArea()
                    .getBarChartArray(0).getSerArray(0);
            int firstRow = Integer.parseInt(series.getVal().getNumRef().getF().replaceAll(".*\\$B\\$(\\d+):.*", "$1")) - 1;
            assertThat(summary.getRow(firstRow + 1).getCell(1).getNumericCellValue()).as("relevance 2").isEqualTo(1);
            assertThat(summary.getRow(firstRow + 3).getCell(1).getNumericCellValue()).as("relevance 4").isEqualTo(1);
            assertThat(summary.getRow(firstRow + 4).getCell(4).getNumericCellValue()).as("clarity 5").isEqualTo(2);
        }
    }

    @Test
    void theSummaryCountsFindingsPerMethod() throws IOException {
        try (XSSFWorkbook workbook = written(twoReviews())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            var series = summary.getDrawingPatriarch().getCharts().get(2).getCTChart().getPlotArea()
                    .getBarChartArray(0).getSerArray(0);
            int firstRow = Integer.parseInt(series.getCat().getStrRef().getF().replaceAll(".*\\$A\\$(\\d+):.*", "$1")) - 1;
            assertThat(summary.getRow(firstRow).getCell(0).getStringCellValue()).isEqualTo("Questionnaire");
            assertThat(summary.getRow(firstRow).getCell(1).getNumericCellValue()).isEqualTo(1);
        }
    }

    private static int row(XSSFSheet sheet, String firstCell) {
        for (var row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(row.getCell(0).toString())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no row " + firstCell);
    }
}
