package org.thinktank.surveyflow.export.word;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.thinktank.surveyflow.findings.Figure;

/**
 * A native Word bar chart: of a finding's figures that share a unit, so they can be compared, or of a questionnaire
 * question's options. Its data sit in the
 * chart's own embedded workbook, so the chart stays editable in Word.
 */
final class FigureChart {

    private static final int WIDTH_CM = 15;
    private static final int HEIGHT_CM = 6;
    private static final byte[] BAR_COLOUR = {(byte) 0x2F, (byte) 0x54, (byte) 0x96};

    private FigureChart() {
    }

    /** The figures worth a chart: at least two, all in the same unit. Empty when there are none. */
    static List<Figure> comparable(List<Figure> figures) {
        if (figures.size() < 2) {
            return List.of();
        }
        String unit = figures.get(0).unit();
        return figures.stream().allMatch(figure -> figure.unit().equals(unit)) ? figures : List.of();
    }

    static void write(XWPFDocument document, List<Figure> figures, String valueTitle) {
        write(document, figures.stream().map(Figure::name).toList(),
                figures.stream().map(figure -> figure.value().doubleValue()).toList(), valueTitle);
    }

    /** A chart of one bar per name, each as high as its value; {@code valueTitle} names the values' axis. */
    static void write(XWPFDocument document, List<String> names, List<Double> values, String valueTitle) {
        write(document, names, values, valueTitle, false);
    }

    /** A chart of counts: its axis steps by whole numbers, never showing half a recommendation. */
    static void writeCounts(XWPFDocument document, List<String> names, List<Double> values, String valueTitle) {
        write(document, names, values, valueTitle, true);
    }

    private static void write(XWPFDocument document, List<String> names, List<Double> values, String valueTitle,
                              boolean counts) {
        XWPFParagraph paragraph = WordText.keepWithNext(document.createParagraph());
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        try {
            XWPFChart chart = document.createChart(paragraph.createRun(), WIDTH_CM * Units.EMU_PER_CENTIMETER,
                    HEIGHT_CM * Units.EMU_PER_CENTIMETER);
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
            valueAxis.setTitle(valueTitle);
            if (counts) {
                double highest = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                valueAxis.setMinimum(0);
                valueAxis.setMajorUnit(Math.max(1, Math.ceil(highest / 5)));
            }
            // with a range, plot() also writes the data into the chart's embedded workbook: Word can edit it
            int last = names.size();
            XDDFCategoryDataSource categoryData = XDDFDataSourcesFactory.fromArray(names.toArray(String[]::new),
                    chart.formatRange(new CellRangeAddress(1, last, 0, 0)));
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values.toArray(Double[]::new),
                    chart.formatRange(new CellRangeAddress(1, last, 1, 1)), 1);
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, valueAxis);
            bars.setBarDirection(BarDirection.COL);
            bars.setVaryColors(false);
            XDDFChartData.Series series = bars.addSeries(categoryData, numbers);
            series.setTitle(valueTitle, chart.setSheetTitle(valueTitle, 1));
            // without an explicit fill LibreOffice draws the bars invisible
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
            chart.plot(bars);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write a chart of " + names.size() + " values", e);
        }
    }
}
