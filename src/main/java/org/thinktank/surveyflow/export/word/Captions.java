package org.thinktank.surveyflow.export.word;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Numbers the tables and figures of one report in order ("表 1", "图 1") and writes their captions in the template's
 * Caption style. Each number is a SEQ field with its value already filled in, so the numbers read right at once
 * and still renumber in Word when someone inserts a table by hand.
 */
final class Captions {

    static final String STYLE = "Caption";

    private final String tableLabel;
    private final String figureLabel;
    private int tables;
    private int figures;

    /** @param tableLabel the word before a table's number ("表", "Table"); figureLabel likewise ("图", "Figure") */
    Captions(String tableLabel, String figureLabel) {
        this.tableLabel = tableLabel;
        this.figureLabel = figureLabel;
    }

    /** The caption above the next table, kept on the table's page. */
    XWPFParagraph table(XWPFDocument document, String title) {
        XWPFParagraph caption = caption(document, tableLabel, "Table", ++tables, title);
        return WordText.keepWithNext(caption);
    }

    /** The caption below the next figure. */
    XWPFParagraph figure(XWPFDocument document, String title) {
        return caption(document, figureLabel, "Figure", ++figures, title);
    }

    int tables() {
        return tables;
    }

    int figures() {
        return figures;
    }

    private static XWPFParagraph caption(XWPFDocument document, String label, String sequence, int number,
                                         String title) {
        XWPFParagraph caption = WordText.paragraph(document, STYLE);
        WordText.run(caption, label + " ");
        WordText.field(caption, "SEQ " + sequence + " \\* ARABIC", String.valueOf(number));
        if (title != null && !title.isBlank()) {
            WordText.run(caption, "  " + title.strip());
        }
        return caption;
    }
}
