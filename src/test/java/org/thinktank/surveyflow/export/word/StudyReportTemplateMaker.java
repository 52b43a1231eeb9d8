package org.thinktank.surveyflow.export.word;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Made the committed template {@code src/main/resources/report-templates/study-report.docx} once; kept to show how
 * and to remake it. Organizers may replace the template with any .docx that defines the same style ids.
 * Run: {@code java -cp target/classes:target/test-classes:<classpath> ...StudyReportTemplateMaker [target]}.
 */
public final class StudyReportTemplateMaker {

    private static final String LATIN_FONT = "Calibri";

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/report-templates/study-report.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            styles(document);
            pageSetup(document);
            document.write(out);
        }
    }

    private static void styles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(WordText.EAST_ASIAN_FONT);
        fonts.setCs(LATIN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia(WordText.EAST_ASIAN_LANGUAGE);
        styles.setSpellingLanguage("en-US");
        styles.addStyle(style("Normal", "Normal", null, null, 21, false));
        styles.addStyle(style("Title", "Title", null, null, 44, true));
        styles.addStyle(style("Subtitle", "Subtitle", null, null, 28, false));
        styles.addStyle(style("Heading1", "heading 1", 0, "1F3864", 32, true));
        styles.addStyle(style("Heading2", "heading 2", 1, "2F5496", 26, true));
        styles.addStyle(style("Heading3", "heading 3", 2, "2F5496", 23, true));
        styles.addStyle(style("TOCHeading", "TOC Heading", null, "1F3864", 32, true));
    }

    private static XWPFStyle style(String id, String name, Integer outlineLevel, String color, int halfPoints,
                                   boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
        if (outlineLevel != null) {
            paragraph.addNewKeepNext();
            paragraph.getSpacing().setBefore(BigInteger.valueOf(240));
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        return new XWPFStyle(style);
    }

    /** A4 portrait, 2.5 cm margins, a running header and the page number centred in the footer. */
    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1418));
        margins.setBottom(BigInteger.valueOf(1418));
        margins.setLeft(BigInteger.valueOf(1418));
        margins.setRight(BigInteger.valueOf(1418));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));

        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph heading = header.createParagraph();
        heading.setAlignment(ParagraphAlignment.RIGHT);
        WordText.run(heading, "智库调研报告 · Think Tank Study Report");

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph pageNumber = footer.createParagraph();
        pageNumber.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField page = pageNumber.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        page.addNewR().addNewT().setStringValue("1");
    }
}
