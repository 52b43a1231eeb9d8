package org.thinktank.surveyflow.export.excel;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * The Summary sheet: how many investigations are in each stage, with a native bar chart of it. Charts need the
 * full XSSF model, so this sheet is written before the workbook switches to streaming for the big sheets.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    private static final int FIRST_STAGE_ROW = 4;

    private SummarySheet() {
    }

    static void write(XSSFSheet sheet, CellWriter cells, MeetingWorkbook book) {
        Map<SurveyStage, Integer> counts = new EnumMap<>(SurveyStage.class);
        for (SurveyStage stage : SurveyStage.values()) {
            counts.put(stage, 0);
        }
        book.surveys().forEach(survey -> counts.merge(survey.stage(), 1, Integer::sum));

        line(sheet, cells, 0, "Meeting", book.meetingCode() + " " + book.meetingName());
        line(sheet, cells, 1, "Generated", book.generatedAt());
        line(sheet, cells, 3, "Stage", "Surveys");
        sheet.getRow(3).getCell(0).setCellStyle(cells.headerStyle());
        sheet.getRow(3).getCell(1).setCellStyle(cells.headerStyle());
        int row = FIRST_STAGE_ROW;
        for (Map.Entry<SurveyStage, Integer> count : counts.entrySet()) {
            line(sheet, cells, row++, count.getKey(), count.getValue());
        }
        line(sheet, cells, row, "Total", book.surveys().size());
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        chart(sheet, FIRST_STAGE_ROW, FIRST_STAGE_ROW + counts.size() - 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
    }

    private static void line(XSSFSheet sheet, CellWriter cells, int rowIndex, Object label, Object value) {
        Row row = sheet.createRow(rowIndex);
        cells.write(row.createCell(0), label);
        cells.write(row.createCell(1), value);
    }

    private static void chart(XSSFSheet sheet, int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 3, 12, 22));
        chart.setTitleText("Surveys per stage");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis stages = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis surveys = chart.createValueAxis(AxisPosition.LEFT);
        surveys.setCrosses(AxisCrosses.AUTO_ZERO);
        surveys.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, stages, surveys);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series series = bars.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 1, 1)));
        series.setTitle("Surveys", null);
        // without an explicit fill some viewers (LibreOffice) draw the bars invisible
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(bars);
    }
}
