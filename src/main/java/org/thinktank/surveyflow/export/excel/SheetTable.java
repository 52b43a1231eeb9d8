package org.thinktank.surveyflow.export.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet laid out as one table: a styled, frozen header row, fixed column widths, an autofilter over it all, and
 * a print setup that fits it to the page width.
 */
final class SheetTable {

    private final Sheet sheet;
    private final CellWriter cells;
    private final int width;
    private int nextRow = 1;

    SheetTable(Sheet sheet, CellWriter cells, List<Column> columns) {
        this.sheet = sheet;
        this.cells = cells;
        this.width = columns.size();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).title());
            cell.setCellStyle(cells.headerStyle());
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        printable(sheet);
    }

    /** Printed landscape, as wide as one page, with the header row on every page. */
    private static void printable(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    void add(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException("Expected " + width + " values but got " + values.length);
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                cells.write(row.createCell(i), values[i]);
            }
        }
    }

    /** Puts the autofilter over the header and every row written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, nextRow - 1), 0, width - 1));
    }
}
