package org.thinktank.surveyflow.export.word;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A bordered table with a bold header row that repeats on every page it spans. */
final class WordTables {

    private WordTables() {
    }

    static XWPFTable table(XWPFDocument document, List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int column = 0; column < headers.size(); column++) {
            WordText.bold(firstParagraph(header.getCell(column)), headers.get(column));
        }
        for (int row = 0; row < rows.size(); row++) {
            List<String> values = rows.get(row);
            for (int column = 0; column < headers.size(); column++) {
                WordText.run(firstParagraph(table.getRow(row + 1).getCell(column)), values.get(column));
            }
        }
        return table;
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }
}
