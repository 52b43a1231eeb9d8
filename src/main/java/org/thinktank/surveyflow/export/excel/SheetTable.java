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
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(column.title());
            cell.setCellStyle(cells.headerStyle());
            sheet.setColumnWidth(i, column.width() * 256);
            lines = Math.max(lines, TextLines.of(column.title(), column.width()));
        }
        fitHeight(header, lines);
        sheet.createFreezePane(0, 1);
        PrintLayout.table(sheet, columns.stream().mapToInt(Column::width).sum());
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " values but got " + values.length);
        }
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                Column column = columns.get(i);
                cells.write(row.createCell(i), values[i], column.wraps());
                if (column.wraps() && values[i] instanceof String text) {
                    lines = Math.max(lines, TextLines.of(text, column.width()));
                }
            }
        }
        fitHeight(row, lines);
    }

    private static void fitHeight(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(lines * TextLines.POINTS_PER_LINE);
        }
    }

    /** Puts the autofilter over the header and every row written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, nextRow - 1), 0, columns.size() - 1));
    }
}
