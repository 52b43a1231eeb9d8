package org.thinktank.surveyflow.export.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * The Summary sheet: small tables of investigations per stage, average days per stage, findings per method and
 * how often each score was given, each with a native column chart beside them. Charts need the full XSSF model:
 * this sheet is an XSSF sheet of the streaming workbook, written last, once the streamed sheets have been tallied.
 */
final class SummarySheet {

    static final String NAME = "workbook.sheet.summary";
    private static final int TABLES_FROM = 3;
    private static final int CHART_COLUMN = 6;
    private static final int CHART_COLUMNS = 8;
    private static final int CHART_ROWS = 18;

    private final XSSFSheet sheet;
    private final CellWriter cells;
    private final MeetingWorkbook book;
    private final List<BarChart> charts = new ArrayList<>();
    private int nextRow = TABLES_FROM;

    private SummarySheet(XSSFSheet sheet, CellWriter cells, MeetingWorkbook book) {
        this.sheet = sheet;
        this.cells = cells;
        this.book = book;
    }

    static void write(XSSFSheet sheet, CellWriter cells, MeetingWorkbook book, WorkTally work, ScoreTally scores) {
        new SummarySheet(sheet, cells, book).write(work, scores);
    }

    private void write(WorkTally work, ScoreTally scores) {
        line(0, book.text("workbook.summary.meeting"), book.meetingCode() + " " + book.meetingName());
        line(1, book.text("workbook.summary.generated"), book.generatedAt());
        stages();
        cycleTimes();
        methods(work.findingsPerMethod());
        scoreDistribution(scores);
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        for (int column = 2; column < CHART_COLUMN; column++) {
            sheet.setColumnWidth(column, 11 * 256);
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int i = 0; i < charts.size(); i++) {
            int column = CHART_COLUMN + (i % 2) * CHART_COLUMNS;
            int row = (i / 2) * CHART_ROWS;
            charts.get(i).draw(sheet, drawing, column, row, column + CHART_COLUMNS, row + CHART_ROWS);
        }
        PrintLayout.page(sheet, Integer.MAX_VALUE);
    }

    private void stages() {
        int header = table("workbook.summary.stage", List.of(book.text("workbook.summary.investigations")));
        for (SurveyStage stage : SurveyStage.values()) {
            line(nextRow++, book.word("stage.", stage),
                    (int) book.surveys().stream().filter(survey -> survey.stage() == stage).count());
        }
        charted("workbook.chart.stages", header, 1);
        line(nextRow++, book.text("workbook.summary.total"), book.surveys().size());
        nextRow++;
    }

    /** The average days the investigations that went through a stage spent in it. */
    private void cycleTimes() {
        int header = table("workbook.summary.stage", List.of(book.text("workbook.summary.averageDays")));
        for (SurveyStage stage : SurveysSheet.WORKING_STAGES) {
            line(nextRow++, book.word("stage.", stage), book.surveys().stream()
                    .map(survey -> survey.daysInStage().get(stage)).filter(days -> days != null)
                    .mapToDouble(Double::doubleValue).average().orElse(0));
        }
        charted("workbook.chart.cycleTimes", header, 1);
        nextRow++;
    }

    private void methods(Map<FieldMethod, Integer> findingsPerMethod) {
        int header = table("workbook.summary.method", List.of(book.text("workbook.summary.findings")));
        findingsPerMethod.forEach((method, count) -> line(nextRow++, book.word("method.", method), count));
        charted("workbook.chart.methods", header, 1);
        nextRow++;
    }

    private void scoreDistribution(ScoreTally scores) {
        int header = table("workbook.summary.score", Arrays.stream(Criterion.values())
                .map(criterion -> book.word("workbook.criterion.", criterion)).toList());
        for (int score = Criterion.LOWEST; score <= Criterion.HIGHEST; score++) {
            Row row = sheet.createRow(nextRow++);
            cells.write(row.createCell(0), book.text("workbook.summary.points", score));
            for (Criterion criterion : Criterion.values()) {
                cells.write(row.createCell(1 + criterion.ordinal()), scores.times(criterion, score));
            }
        }
        charted("workbook.chart.scores", header, Criterion.values().length);
    }

    /** A header row: the category's name, then the series' names; returns its row index. */
    private int table(String categoryKey, List<String> series) {
        int header = nextRow++;
        Row row = sheet.createRow(header);
        cells.write(row.createCell(0), book.text(categoryKey));
        row.getCell(0).setCellStyle(cells.headerStyle());
        for (int i = 0; i < series.size(); i++) {
            cells.write(row.createCell(1 + i), series.get(i));
            row.getCell(1 + i).setCellStyle(cells.headerStyle());
        }
        return header;
    }

    private void charted(String titleKey, int header, int series) {
        charts.add(new BarChart(book.text(titleKey), 0, series, header, nextRow - 1));
    }

    private void line(int rowIndex, Object label, Object value) {
        Row row = sheet.createRow(rowIndex);
        cells.write(row.createCell(0), label);
        cells.write(row.createCell(1), value);
    }
}
