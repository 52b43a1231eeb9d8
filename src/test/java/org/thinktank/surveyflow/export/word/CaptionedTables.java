package org.thinktank.surveyflow.export.word;

import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** A Word file's tables found by the caption above them, and their rows as text. */
final class CaptionedTables {

    private CaptionedTables() {
    }

    static XWPFTable tableAfter(XWPFDocument document, String caption) {
        List<IBodyElement> body = document.getBodyElements();
        for (int i = 0; i < body.size() - 1; i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getText().endsWith(caption)
                    && body.get(i + 1) instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("No table after a caption ending " + caption);
    }

    static List<String> row(XWPFTable table, int index) {
        return table.getRow(index).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
