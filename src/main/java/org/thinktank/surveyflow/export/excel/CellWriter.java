package org.thinktank.surveyflow.export.excel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes one value into one cell with the right type and style: text as text, numbers as numbers, dates and
 * times as real date cells in the think tank's zone, shown as the reader's language writes them, yes or no as 1 or 0
 * shown as words (so that a column of them can be summed), shares as percentages. Codes (enums) have no cell type:
 * the sheets turn them into words first. Text that a spreadsheet could take for a formula (starting
 * with =, +, -, @, tab or CR) is still a plain string cell, and is also marked quote-prefixed so that editing the
 * cell in Excel keeps it text.
 */
final class CellWriter {

    private final ZoneId zone;
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle decimal;
    private final CellStyle quoted;
    private final CellStyle wrapped;
    private final CellStyle quotedWrapped;
    private final CellStyle yesNo;
    private final CellStyle percent;

    CellWriter(Workbook workbook, WorkbookLanguage language, ZoneId zone) {
        this.zone = zone;
        var format = workbook.createDataFormat();
        // cells line up at the top of rows that wrapped text made taller; LibreOffice ignores an alignment on style 0
        this.plain = workbook.createCellStyle();
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        this.header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        wrapping(header);
        this.date = workbook.createCellStyle();
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(format.getFormat(language.text("workbook.format.date")));
        this.dateTime = workbook.createCellStyle();
        dateTime.setVerticalAlignment(VerticalAlignment.TOP);
        dateTime.setDataFormat(format.getFormat(language.text("workbook.format.dateTime")));
        this.decimal = workbook.createCellStyle();
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        decimal.setDataFormat(format.getFormat("0.0"));
        this.quoted = workbook.createCellStyle();
        quoted.setVerticalAlignment(VerticalAlignment.TOP);
        quoted.setQuotePrefixed(true);
        this.wrapped = workbook.createCellStyle();
        wrapping(wrapped);
        this.quotedWrapped = workbook.createCellStyle();
        quotedWrapped.setQuotePrefixed(true);
        wrapping(quotedWrapped);
        this.yesNo = workbook.createCellStyle();
        yesNo.setVerticalAlignment(VerticalAlignment.TOP);
        yesNo.setDataFormat(format.getFormat(language.text("workbook.format.yesNo")));
        this.percent = workbook.createCellStyle();
        percent.setVerticalAlignment(VerticalAlignment.TOP);
        percent.setDataFormat(format.getFormat("0%"));
    }

    /**
     * Wrapped text, at the top of its row. Setting the vertical alignment also marks the style's alignment as applied,
     * which LibreOffice needs before it wraps anything.
     */
    private static void wrapping(CellStyle style) {
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
    }

    CellStyle headerStyle() {
        return header;
    }

    void write(Cell cell, Object value) {
        write(cell, value, false);
    }

    void write(Cell cell, Object value, boolean wraps) {
        if (value == null) {
            return;
        }
        // an explicit style, even the default one, spares SXSSF a slow search for a column style on every cell
        cell.setCellStyle(plain);
        if (value instanceof String text) {
            cell.setCellValue(text);
            if (looksLikeFormula(text)) {
                cell.setCellStyle(wraps ? quotedWrapped : quoted);
            } else if (wraps) {
                cell.setCellStyle(wrapped);
            }
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigDecimal) {
            // measured figures keep the digits they were given; the General format shows them as entered
            cell.setCellValue(((Number) value).doubleValue());
        } else if (value instanceof Double) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(decimal);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
            cell.setCellStyle(dateTime);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag ? 1 : 0);
            cell.setCellStyle(yesNo);
        } else if (value instanceof Percent share) {
            cell.setCellValue(share.share());
            cell.setCellStyle(percent);
        } else {
            throw new IllegalArgumentException("No cell type for " + value.getClass().getName());
        }
    }

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        // the full-width forms too: Excel's input methods turn them into formula characters
        return "=+-@\t\r＝＋－＠".indexOf(text.charAt(0)) >= 0;
    }
}
