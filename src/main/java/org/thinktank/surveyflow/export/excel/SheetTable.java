package org.thinktank.surveyflow.export.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet laid out as one table: a styled, frozen header row, fixed column widths, an autofilter over it all, and
 * a print setup for A4 ({@link PrintLayout}).
 */
final class SheetTable {

    private final Sheet sheet;
    private final CellWriter cells;
    private final List<Column> columns;
    private int nextRow = 1;

    SheetTable(Sheet sheet, CellWriter cells, List<Column> columns) {
        this.sheet = sheet;
        this.cells = cells;
        this.columns = List.copyOf(columns);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).title());
            cell.setCellStyle(cells.headerStyle());
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        PrintLayout.table(sheet, columns.stream().mapToInt(Column::width).sum());
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " values but got " + values.length);
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                cells.write(row.createCell(i), values[i], columns.get(i).wraps());
            }
        }
    }

    /** Puts the autofilter over the header and every row written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, nextRow - 1), 0, columns.size() - 1));
    }
}
