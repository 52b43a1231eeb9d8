package org.thinktank.surveyflow.export.word;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/** What both bundled template makers need: default fonts, an A4 section, cover lines, page numbers, saving. */
final class TemplateParts {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;

    private TemplateParts() {
    }

    /**
     * The document's default fonts and size, and its styles. The default size is the body's: Word and LibreOffice
     * measure the character grid ({@code w:docGrid w:charSpace}) from it.
     */
    static XWPFStyles styles(XWPFDocument document, String latinFont, String eastAsianFont, int bodyPoints,
                             List<TemplateStyleSpec> specs) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(latinFont);
        fonts.setHAnsi(latinFont);
        fonts.setEastAsia(eastAsianFont);
        fonts.setCs(latinFont);
        styles.setDefaultFonts(fonts);
        CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        defaults.addNewSz().setVal(BigInteger.valueOf(bodyPoints * 2L));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(bodyPoints * 2L));
        styles.setEastAsia(WordText.EAST_ASIAN_LANGUAGE);
        styles.setSpellingLanguage("en-US");
        specs.forEach(spec -> styles.addStyle(spec.build()));
        return styles;
    }

    /** A4 portrait with the given margins in twips; the section of the whole document. */
    static CTSectPr a4(XWPFDocument document, int top, int bottom, int left, int right) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(A4_WIDTH));
        section.getPgSz().setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(top));
        margins.setBottom(BigInteger.valueOf(bottom));
        margins.setLeft(BigInteger.valueOf(left));
        margins.setRight(BigInteger.valueOf(right));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
        return section;
    }

    /** How a cover line's text looks: East Asian font (null: the style's), size in points (0: the style's), colour. */
    record Look(String eastAsianFont, int points, boolean bold, String color) {

        static final Look STYLE = new Look(null, 0, false, null);

        static Look of(int points) {
            return new Look(null, points, false, null);
        }
    }

    /** A cover paragraph holding placeholders; properties are set in the order the schema lists them. */
    static XWPFParagraph coverLine(XWPFDocument document, String style, ParagraphAlignment alignment, String text,
                                   Look look, int spaceBefore) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.setSpacingBefore(spaceBefore);
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        if (look.eastAsianFont() != null) {
            run.setFontFamily(look.eastAsianFont(), XWPFRun.FontCharRange.eastAsia);
        }
        if (look.bold()) {
            run.setBold(true);
        }
        if (look.color() != null) {
            run.setColor(look.color());
        }
        if (look.points() > 0) {
            run.setFontSize(look.points());
        }
        run.setText(text);
        return paragraph;
    }

    /** The cover ends here: what the writer appends starts on a new page. */
    static void endOfCover(XWPFDocument document) {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /**
     * A PAGE field between the given texts, all in the given font and size; its result is filled with 1 so that a
     * reader that does not update fields still shows a number.
     */
    static void pageNumber(XWPFParagraph paragraph, String before, String after, String font, int points) {
        List<CTR> runs = new ArrayList<>();
        if (!before.isEmpty()) {
            runs.add(WordText.run(paragraph, before).getCTR());
        }
        CTSimpleField page = paragraph.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        CTR result = page.addNewR();
        result.addNewT().setStringValue("1");
        runs.add(result);
        if (!after.isEmpty()) {
            runs.add(WordText.run(paragraph, after).getCTR());
        }
        if (font != null) {
            for (CTR run : runs) {
                CTRPr properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
                CTFonts fonts = properties.addNewRFonts();
                fonts.setAscii(font);
                fonts.setHAnsi(font);
                fonts.setEastAsia(font);
                properties.addNewSz().setVal(BigInteger.valueOf(points * 2L));
            }
        }
    }

    static void save(XWPFDocument document, Path target) throws IOException {
        document.getProperties().getCoreProperties().setCreator("Think Tank Survey Workflow");
        RunPropertiesOrder.normalize(document);
        try (OutputStream out = Files.newOutputStream(target)) {
            document.write(out);
        }
    }
}
