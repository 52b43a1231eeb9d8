package org.thinktank.surveyflow.export.excel;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native column chart of a table on the same sheet: categories down one column, one series per column beside
 * it, each headed by its header cell.
 *
 * @param categoryColumn the column of the categories; the series are the columns after it
 * @param headerRow      the row of the series' names; the data are the rows below it up to {@code lastRow}
 */
record BarChart(String title, int categoryColumn, int seriesCount, int headerRow, int lastRow) {

    // without an explicit fill some viewers (LibreOffice) draw the bars invisible
    private static final List<PresetColor> COLORS = List.of(PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
            PresetColor.SEA_GREEN, PresetColor.GOLDENROD);

    /** Draws the chart over the cells from (column, row) to (toColumn, toRow). */
    void draw(XSSFSheet sheet, XSSFDrawing drawing, int column, int row, int toColumn, int toRow) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, row, toColumn, toRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        var categoryCells = new CellRangeAddress(headerRow + 1, lastRow, categoryColumn, categoryColumn);
        for (int i = 0; i < seriesCount; i++) {
            int valueColumn = categoryColumn + 1 + i;
            XDDFChartData.Series series = bars.addSeries(
                    XDDFDataSourcesFactory.fromStringCellRange(sheet, categoryCells),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                            new CellRangeAddress(headerRow + 1, lastRow, valueColumn, valueColumn)));
            series.setTitle(sheet.getRow(headerRow).getCell(valueColumn).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), headerRow, valueColumn, true, true));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLORS.get(i % COLORS.size()))));
        }
        if (seriesCount > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(bars);
    }
}
