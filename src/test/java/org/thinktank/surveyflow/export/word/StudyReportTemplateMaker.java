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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.thinktank.surveyflow.export.word.TemplateParts.Look;

/**
 * Makes the default publication template, {@code src/main/resources/report-templates/study-report.docx}: A4 with
 * generous margins, Noto Serif CJK SC for the body and Noto Sans CJK SC for titles and headings, headings without
 * numbering (the writer writes "1 ", "1.1 "), a caption style, table-of-contents levels with dotted leaders to the
 * page number, a cover page with the placeholders, the report's title in the header from page 2 and the page number
 * centred in the footer.
 *
 * <p>Run from the project directory after {@code ./mvnw -q test-compile}:
 * {@code java -cp "target/classes:target/test-classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
 * org.thinktank.surveyflow.export.word.StudyReportTemplateMaker [target.docx]}
 */
public final class StudyReportTemplateMaker {

    private static final String SERIF = "Noto Serif CJK SC";
    private static final String SANS = "Noto Sans CJK SC";
    private static final String LATIN_SERIF = "Times New Roman";
    private static final String LATIN_SANS = "Arial";
    private static final String NAVY = "1F3864";
    private static final String BLUE = "2F5496";
    private static final String MARKING_RED = "C00000";
    private static final int MARGIN_TOP_BOTTOM = 1701;
    private static final int MARGIN_LEFT_RIGHT = 1588;
    static final int TEXT_WIDTH = TemplateParts.A4_WIDTH - 2 * MARGIN_LEFT_RIGHT;

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/report-templates/study-report.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            TemplateParts.styles(document, LATIN_SERIF, SERIF, 11, styles());
            cover(document);
            CTSectPr section = TemplateParts.a4(document, MARGIN_TOP_BOTTOM, MARGIN_TOP_BOTTOM, MARGIN_LEFT_RIGHT,
                    MARGIN_LEFT_RIGHT);
            headerAndFooter(document, section);
            TemplateParts.save(document, target);
        }
    }

    private static List<TemplateStyleSpec> styles() {
        return List.of(
                paragraph("Normal", "Normal").font(LATIN_SERIF, SERIF, 11).spacing(0, 120),
                paragraph("Title", "Title").font(LATIN_SANS, SANS, 26).bold().color(NAVY).centred().spacing(0, 240),
                paragraph("Subtitle", "Subtitle").font(LATIN_SANS, SANS, 15).color(BLUE).centred().spacing(0, 480),
                paragraph("Heading1", "heading 1").font(LATIN_SANS, SANS, 16).bold().color(NAVY).outline(0)
                        .spacing(480, 240),
                paragraph("Heading2", "heading 2").font(LATIN_SANS, SANS, 13).bold().color(BLUE).outline(1)
                        .spacing(360, 120),
                paragraph("Heading3", "heading 3").font(LATIN_SANS, SANS, 12).bold().color(BLUE).outline(2)
                        .spacing(240, 120),
                paragraph("Caption", "caption").font(LATIN_SANS, SANS, 9).bold().color(BLUE).centred()
                        .spacing(60, 240),
                paragraph("TOCHeading", "TOC Heading").font(LATIN_SANS, SANS, 16).bold().color(NAVY)
                        .spacing(0, 360),
                paragraph("TOC1", "toc 1").font(LATIN_SERIF, SERIF, 11).bold().tocEntry(0, TEXT_WIDTH)
                        .spacing(120, 60),
                paragraph("TOC2", "toc 2").font(LATIN_SERIF, SERIF, 11).tocEntry(440, TEXT_WIDTH).spacing(0, 60));
    }

    /** Think tank and logo at the top, the marking at the top right in red, the title in the middle, facts below. */
    private static void cover(XWPFDocument document) {
        TemplateParts.coverLine(document, null, ParagraphAlignment.RIGHT, "{{marking}}",
                new Look(SANS, 12, true, MARKING_RED), 0);
        TemplateParts.coverLine(document, null, ParagraphAlignment.CENTER, "{{logo}}", Look.STYLE, 240);
        TemplateParts.coverLine(document, null, ParagraphAlignment.CENTER, "{{thinkTank}}",
                new Look(SANS, 16, true, NAVY), 120);
        TemplateParts.coverLine(document, "Title", ParagraphAlignment.CENTER, "{{title}}", Look.STYLE, 1440);
        TemplateParts.coverLine(document, "Subtitle", ParagraphAlignment.CENTER, "{{titleEn}}", Look.STYLE, 0);
        TemplateParts.coverLine(document, "Subtitle", ParagraphAlignment.CENTER, "{{documentType}}", Look.STYLE, 240);
        XWPFParagraph meeting = TemplateParts.coverLine(document, null, ParagraphAlignment.CENTER, "{{meeting}}",
                new Look(SANS, 14, false, BLUE), 480);
        meeting.setBorderTop(Borders.SINGLE);
        TemplateParts.coverLine(document, null, ParagraphAlignment.CENTER, "{{region}}", Look.of(12), 720);
        TemplateParts.coverLine(document, null, ParagraphAlignment.CENTER, "{{team}}", Look.of(12), 120);
        TemplateParts.coverLine(document, null, ParagraphAlignment.CENTER, "{{place}}  {{date}}", Look.of(12), 720);
        TemplateParts.coverLine(document, null, ParagraphAlignment.CENTER, "{{version}}  {{status}}",
                new Look(null, 10, false, "595959"), 120);
        TemplateParts.endOfCover(document);
    }

    /** No header or footer on the cover (a distinct first page); the title in the header and the page number after it. */
    private static void headerAndFooter(XWPFDocument document, CTSectPr section) {
        document.createHeader(HeaderFooterType.FIRST).createParagraph();
        document.createFooter(HeaderFooterType.FIRST).createParagraph();
        XWPFParagraph heading = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        heading.setAlignment(ParagraphAlignment.RIGHT);
        heading.setBorderBottom(Borders.SINGLE);
        XWPFRun title = heading.createRun();
        title.setFontSize(9);
        title.setColor("595959");
        title.setText("{{title}}");
        XWPFParagraph pageNumber = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        pageNumber.setAlignment(ParagraphAlignment.CENTER);
        TemplateParts.pageNumber(pageNumber, "", "", null, 0);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        section.getPgMar().setHeader(BigInteger.valueOf(851));
    }
}
