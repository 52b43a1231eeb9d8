package org.thinktank.surveyflow.export.word;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * A table of contents written out in full: a TOC field whose result is one line per heading (styles TOC1, TOC2),
 * each a link to the heading's bookmark with a PAGEREF field for its page. With the page numbers known the table is
 * right when the file opens, in Word, in LibreOffice and in a PDF; Word can still update it. Without them the lines
 * have no numbers and the field asks Word to update it on opening.
 */
final class TableOfContents {

    private static final String INSTRUCTION = "TOC \\o \"1-2\" \\h \\z \\u";

    private TableOfContents() {
    }

    static void write(XWPFDocument document, ReportOutline outline, TocPages pages, ReportLabels labels) {
        WordText.paragraph(document, "TOCHeading", labels.get("word.contents"));
        List<ReportHeading> entries = outline.entries();
        int textWidth = WordText.textWidthTwips(document);
        for (int i = 0; i < entries.size(); i++) {
            ReportHeading entry = entries.get(i);
            XWPFParagraph line = WordText.paragraph(document, "TOC" + entry.level());
            rightTab(line, textWidth);
            if (i == 0) {
                fieldChar(line.getCTP().addNewR(), STFldCharType.BEGIN).setDirty(!pages.known());
                instruction(line.getCTP().addNewR(), INSTRUCTION);
                fieldChar(line.getCTP().addNewR(), STFldCharType.SEPARATE);
            }
            CTHyperlink link = line.getCTP().addNewHyperlink();
            link.setAnchor(entry.bookmark());
            link.setHistory(true);
            text(link.addNewR(), entry.text());
            link.addNewR().addNewTab();
            fieldChar(link.addNewR(), STFldCharType.BEGIN);
            instruction(link.addNewR(), "PAGEREF " + entry.bookmark() + " \\h");
            fieldChar(link.addNewR(), STFldCharType.SEPARATE);
            text(link.addNewR(), pages.pageOf(entry.bookmark()).map(String::valueOf).orElse(""));
            fieldChar(link.addNewR(), STFldCharType.END);
            if (i == entries.size() - 1) {
                fieldChar(line.getCTP().addNewR(), STFldCharType.END);
            }
        }
        if (!pages.known()) {
            WordText.paragraph(document, null, labels.get("word.contents.unpaginated"));
        }
        WordText.pageBreak(document);
    }

    private static void rightTab(XWPFParagraph line, int textWidth) {
        CTPPr properties = line.getCTP().isSetPPr() ? line.getCTP().getPPr() : line.getCTP().addNewPPr();
        CTTabStop tab = properties.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setLeader(STTabTlc.DOT);
        tab.setPos(BigInteger.valueOf(textWidth));
    }

    private static CTFldChar fieldChar(CTR run, STFldCharType.Enum type) {
        CTFldChar fieldChar = run.addNewFldChar();
        fieldChar.setFldCharType(type);
        return fieldChar;
    }

    private static void instruction(CTR run, String instruction) {
        CTText code = run.addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static void text(CTR run, String text) {
        if (WordText.hasEastAsianCharacters(text)) {
            WordText.speaksChinese(run);
        }
        CTText t = run.addNewT();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
