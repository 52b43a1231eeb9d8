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
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes one value into one cell with the right type and style: text as text, numbers as numbers, dates and
 * times as real date cells in the think tank's zone. Text that a spreadsheet could take for a formula (starting
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

    CellWriter(Workbook workbook, ZoneId zone) {
        this.zone = zone;
        var format = workbook.createDataFormat();
        this.plain = workbook.getCellStyleAt(0);
        this.header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        this.date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        this.dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
        this.decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.0"));
        this.quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    CellStyle headerStyle() {
        return header;
    }

    void write(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        // an explicit style, even the default one, spares SXSSF a slow search for a column style on every cell
        cell.setCellStyle(plain);
        if (value instanceof String text) {
            cell.setCellValue(text);
            if (looksLikeFormula(text)) {
                cell.setCellStyle(quoted);
            }
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
        } else if (value instanceof Double || value instanceof BigDecimal) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(decimal);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
            cell.setCellStyle(dateTime);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof Enum<?> constant) {
            cell.setCellValue(constant.name());
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
