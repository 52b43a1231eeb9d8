package org.thinktank.surveyflow.export.word;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A bordered table across the text width with a bold header row. It carries the column grid the schema requires
 * (strict readers fail without it). No row ever splits across pages; a long table repeats its header on each
 * page, and a short one is kept whole on one page, so it never breaks with a lonely header or an empty row.
 */
final class WordTables {

    private static final int KEPT_WHOLE_UP_TO_ROWS = 12;

    private WordTables() {
    }

    /** A table whose columns share the width equally. */
    static XWPFTable table(XWPFDocument document, List<String> headers, List<List<String>> rows) {
        return table(document, headers, rows, Collections.nCopies(headers.size(), 1));
    }

    /** A table whose columns take the width in proportion to {@code weights}. */
    static XWPFTable table(XWPFDocument document, List<String> headers, List<List<String>> rows, List<Integer> weights) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        int[] widths = widths(weights, WordText.textWidthTwips(document));
        fixedLayout(table, WordText.textWidthTwips(document));
        grid(table, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int column = 0; column < headers.size(); column++) {
            XWPFTableCell cell = header.getCell(column);
            cell.setWidth(String.valueOf(widths[column]));
            WordText.bold(firstParagraph(cell), headers.get(column));
        }
        for (int row = 0; row < rows.size(); row++) {
            List<String> values = rows.get(row);
            for (int column = 0; column < headers.size(); column++) {
                XWPFTableCell cell = table.getRow(row + 1).getCell(column);
                cell.setWidth(String.valueOf(widths[column]));
                WordText.run(firstParagraph(cell), values.get(column));
            }
        }
        table.getRows().forEach(row -> row.setCantSplitRow(true));
        if (rows.size() <= KEPT_WHOLE_UP_TO_ROWS) {
            keepWhole(table);
        }
        return table;
    }

    /** Right-aligns the number columns, from {@code firstColumn} on, of every row but the header. */
    static void rightAligned(XWPFTable table, int firstColumn) {
        table.getRows().stream().skip(1).forEach(row -> {
            for (int column = firstColumn; column < row.getTableCells().size(); column++) {
                row.getCell(column).getParagraphs().get(0).setAlignment(ParagraphAlignment.RIGHT);
            }
        });
    }

    private static int[] widths(List<Integer> weights, int textWidth) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[weights.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? textWidth - used : textWidth * weights.get(i) / total;
            used += widths[i];
        }
        return widths;
    }

    private static void fixedLayout(XWPFTable table, int textWidth) {
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
    }

    private static void grid(XWPFTable table, int[] widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    // every paragraph but those of the last row stays with the next, so the table moves to a page as one piece
    private static void keepWhole(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        for (int i = 0; i < rows.size() - 1; i++) {
            rows.get(i).getTableCells().forEach(cell -> cell.getParagraphs().forEach(WordText::keepWithNext));
        }
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }
}
