package org.thinktank.surveyflow.export.word;

import static org.thinktank.surveyflow.export.word.TemplateStyleSpec.paragraph;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.thinktank.surveyflow.export.word.TemplateParts.Look;

/**
 * Makes {@code src/main/resources/report-templates/official-document.docx} in the layout of GB/T 9704-2012, the
 * national standard for official documents: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a type
 * area of 156 mm × 225 mm); 22 lines of 28 characters; body in 仿宋_GB2312 三号 (16 pt), title in 方正小标宋简体 二号
 * (22 pt), headings in 黑体, 楷体_GB2312 and bold 仿宋_GB2312; page numbers "— 1 —" in 宋体 四号 (14 pt), odd pages
 * at the right and even pages at the left, one character in from the edge. The cover has the marking at the top left,
 * the issuing body (the think tank) in red above a red rule, then the title. Fonts are named as the standard names
 * them; the server's PDF substitutes them (docs/exports.md).
 *
 * <p>Run like {@link StudyReportTemplateMaker}, with this class's name.
 */
public final class OfficialDocumentTemplateMaker {

    static final String FANGSONG = "仿宋_GB2312";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final String SONGTI = "宋体";
    private static final String LATIN = "Times New Roman";
    private static final String RED = "FF0000";
    static final int TOP = millimetres(37);
    static final int BOTTOM = millimetres(35);
    static final int LEFT = millimetres(28);
    static final int RIGHT = millimetres(26);
    static final int LINES = 22;
    static final int CHARACTERS = 28;
    static final int BODY_POINTS = 16;
    static final int TEXT_WIDTH = TemplateParts.A4_WIDTH - LEFT - RIGHT;
    static final int TEXT_HEIGHT = TemplateParts.A4_HEIGHT - TOP - BOTTOM;

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/report-templates/official-document.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            TemplateParts.styles(document, LATIN, FANGSONG, BODY_POINTS, styles());
            cover(document);
            CTSectPr section = TemplateParts.a4(document, TOP, BOTTOM, LEFT, RIGHT);
            pageNumbers(document);
            grid(section);
            TemplateParts.save(document, target);
        }
    }

    private static int millimetres(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    /**
     * Word lays out {@code linePitch} twips per line and, for {@code charSpace}, the body font's size plus that many
     * 4096ths of a point per character. Both are rounded down so that 22 lines and 28 characters still fit.
     */
    static int linePitch() {
        return TEXT_HEIGHT / LINES;
    }

    static int charSpace() {
        double pitchPoints = TEXT_WIDTH / 20.0 / CHARACTERS;
        return (int) Math.floor((pitchPoints - BODY_POINTS) * 4096);
    }

    private static List<TemplateStyleSpec> styles() {
        return List.of(
                paragraph("Normal", "Normal").font(LATIN, FANGSONG, BODY_POINTS).spacing(0, 0).firstLineChars(200),
                paragraph("Title", "Title").font(LATIN, XIAOBIAOSONG, 22).centred().spacing(0, 0).firstLineChars(0).offGrid(),
                paragraph("Subtitle", "Subtitle").font(LATIN, KAITI, BODY_POINTS).centred().spacing(0, 0).firstLineChars(0).offGrid(),
                paragraph("Heading1", "heading 1").font(LATIN, HEITI, BODY_POINTS).outline(0).spacing(0, 0)
                        .firstLineChars(200),
                paragraph("Heading2", "heading 2").font(LATIN, KAITI, BODY_POINTS).outline(1).spacing(0, 0)
                        .firstLineChars(200),
                paragraph("Heading3", "heading 3").font(LATIN, FANGSONG, BODY_POINTS).bold().outline(2)
                        .spacing(0, 0).firstLineChars(200),
                paragraph("Caption", "caption").font(LATIN, HEITI, 14).centred().spacing(0, 0).firstLineChars(0),
                paragraph("TOCHeading", "TOC Heading").font(LATIN, HEITI, BODY_POINTS).centred().spacing(0, 0).firstLineChars(0),
                paragraph("TOC1", "toc 1").font(LATIN, FANGSONG, BODY_POINTS).tocEntry(0, TEXT_WIDTH).spacing(0, 0).firstLineChars(0),
                paragraph("TOC2", "toc 2").font(LATIN, FANGSONG, BODY_POINTS).tocEntry(640, TEXT_WIDTH)
                        .spacing(0, 0).firstLineChars(0));
    }

    /** 版头: the marking at the top left, the issuing body in red, a red rule; then the title and the facts. */
    private static void cover(XWPFDocument document) {
        coverLine(document, ParagraphAlignment.LEFT, "{{marking}}", HEITI, BODY_POINTS, null, 0);
        XWPFParagraph issuer = coverLine(document, ParagraphAlignment.CENTER, "{{thinkTank}}", XIAOBIAOSONG, 26,
                RED, 580);
        issuer.setBorderBottom(Borders.THICK);
        issuer.getCTPPr().getPBdr().getBottom().setColor(RED);
        issuer.setSpacingAfter(580);
        TemplateParts.coverLine(document, "Title", ParagraphAlignment.CENTER, "{{title}}", Look.STYLE, 580);
        TemplateParts.coverLine(document, "Subtitle", ParagraphAlignment.CENTER, "{{titleEn}}", Look.STYLE, 0);
        TemplateParts.coverLine(document, "Subtitle", ParagraphAlignment.CENTER, "{{documentType}}", Look.STYLE, 240);
        coverLine(document, ParagraphAlignment.CENTER, "{{meeting}}", FANGSONG, BODY_POINTS, null, 580);
        coverLine(document, ParagraphAlignment.CENTER, "{{region}}", FANGSONG, BODY_POINTS, null, 0);
        coverLine(document, ParagraphAlignment.CENTER, "{{team}}", FANGSONG, BODY_POINTS, null, 0);
        coverLine(document, ParagraphAlignment.RIGHT, "{{thinkTank}}", FANGSONG, BODY_POINTS, null, 1160);
        coverLine(document, ParagraphAlignment.RIGHT, "{{place}}  {{date}}", FANGSONG, BODY_POINTS, null, 0);
        coverLine(document, ParagraphAlignment.RIGHT, "{{version}}  {{status}}", FANGSONG, BODY_POINTS, null, 0);
        TemplateParts.endOfCover(document);
    }

    private static XWPFParagraph coverLine(XWPFDocument document, ParagraphAlignment alignment, String text,
                                           String eastAsianFont, int points, String color, int spaceBefore) {
        XWPFParagraph paragraph = TemplateParts.coverLine(document, null, alignment, text,
                new Look(eastAsianFont, points, false, color), spaceBefore);
        noFirstLineIndent(paragraph);
        paragraph.getCTPPr().addNewSnapToGrid().setVal(false);
        paragraph.getRuns().get(0).getCTR().getRPr().addNewSnapToGrid().setVal(false);
        return paragraph;
    }

    /** The body's two-character first-line indent is for running text, not for centred or aligned lines. */
    private static void noFirstLineIndent(XWPFParagraph paragraph) {
        var properties = paragraph.getCTPPr();
        var indent = properties.isSetInd() ? properties.getInd() : properties.addNewInd();
        indent.setFirstLineChars(BigInteger.ZERO);
        indent.setFirstLine(BigInteger.ZERO);
    }

    /** "— 1 —" in 宋体 四号: odd pages at the right, even pages at the left, one character from the edge. */
    private static void pageNumbers(XWPFDocument document) {
        document.getSettings().setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT).createParagraph(), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN).createParagraph(), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        noFirstLineIndent(paragraph);
        if (alignment == ParagraphAlignment.RIGHT) {
            paragraph.setIndentationRight(280);
        } else {
            paragraph.setIndentationLeft(280);
        }
        paragraph.setAlignment(alignment);
        TemplateParts.pageNumber(paragraph, "— ", " —", SONGTI, 14);
    }

    private static void grid(CTSectPr section) {
        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(linePitch()));
        grid.setCharSpace(BigInteger.valueOf(charSpace()));
    }
}
