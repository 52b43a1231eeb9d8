package org.thinktank.surveyflow.export.word;

import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Runs of text that render Chinese in Word and LibreOffice alike. Each run with East Asian characters tags its East
 * Asian text as zh-CN, so Word picks Chinese glyph shapes and line breaking; the font is the template's (its styles
 * name the East Asian fonts: Noto CJK in the publication template, 仿宋 and 小标宋 in the official-document one), so a
 * template's choice of fonts is never overridden run by run. Runs of Latin text and digits go without, which keeps
 * long reports small and fast.
 */
final class WordText {

    static final String EAST_ASIAN_FONT = "Noto Sans CJK SC";
    static final String EAST_ASIAN_LANGUAGE = "zh-CN";
    /** A4 with 2.5 cm margins left and right. */
    static final int A4_TEXT_WIDTH_TWIPS = 9_072;
    private static final String MONOSPACE_FONT = "Courier New";
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

    private WordText() {
    }

    static XWPFParagraph paragraph(XWPFDocument document, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        return paragraph;
    }

    static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = paragraph(document, style);
        run(paragraph, text);
        return paragraph;
    }

    static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        String content = text == null ? "" : text;
        if (hasEastAsianCharacters(content)) {
            speaksChinese(run);
        }
        if (content.indexOf('\n') < 0) {
            run.setText(content);
            return run;
        }
        String[] lines = LINE_BREAK.split(content, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    static XWPFRun bold(XWPFParagraph paragraph, String text) {
        XWPFRun run = run(paragraph, text);
        run.setBold(true);
        return run;
    }

    static XWPFRun monospace(XWPFParagraph paragraph, String text) {
        XWPFRun run = run(paragraph, text);
        run.setFontFamily(MONOSPACE_FONT, FontCharRange.ascii);
        run.setFontFamily(MONOSPACE_FONT, FontCharRange.hAnsi);
        return run;
    }

    static void speaksChinese(XWPFRun run) {
        speaksChinese(run.getCTR());
    }

    static void speaksChinese(CTR ctr) {
        CTRPr properties = ctr.isSetRPr() ? ctr.getRPr() : ctr.addNewRPr();
        CTLanguage language = properties.sizeOfLangArray() > 0 ? properties.getLangArray(0) : properties.addNewLang();
        language.setEastAsia(EAST_ASIAN_LANGUAGE);
    }

    static boolean hasEastAsianCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2E80' && (c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F'
                    || c >= '\uFF00' && c <= '\uFFEF' || Character.isSurrogate(c) || c >= '\uAC00' && c <= '\uD7AF')) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the paragraph on the page of the next one (POI's own setter fails on a paragraph without properties). */
    static XWPFParagraph keepWithNext(XWPFParagraph paragraph) {
        if (!paragraph.getCTP().isSetPPr()) {
            paragraph.getCTP().addNewPPr();
        }
        paragraph.setKeepNext(true);
        return paragraph;
    }

    /** The width between the margins of the document's last section, in twentieths of a point. */
    static int textWidthTwips(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        if (section == null || section.getPgSz() == null || section.getPgMar() == null) {
            return A4_TEXT_WIDTH_TWIPS;
        }
        return twips(section.getPgSz().getW()) - twips(section.getPgMar().getLeft()) - twips(section.getPgMar().getRight());
    }

    private static int twips(Object measure) {
        return measure == null ? 0 : new java.math.BigInteger(measure.toString()).intValue();
    }

    /** Empties a template's body (its cover), keeping its styles, page setup, headers and footers. */
    static void clearBody(XWPFDocument document) {
        while (!document.getBodyElements().isEmpty()) {
            document.removeBodyElement(0);
        }
    }

    static void pageBreak(XWPFDocument document) {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** A complex field (a page reference, a table of contents) with its result already filled in as {@code result}. */
    static void field(XWPFParagraph paragraph, String instruction, String result) {
        CTFldChar begin = paragraph.createRun().getCTR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        CTText code = paragraph.createRun().getCTR().addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, result);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
