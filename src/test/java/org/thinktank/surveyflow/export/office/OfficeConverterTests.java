package org.thinktank.surveyflow.export.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.export.word.ReportHeading;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.ReportDocumentWriter;

/**
 * Word to PDF through LibreOffice, read back with PDFBox. LibreOffice is a test requirement (scripts/test.sh installs
 * it with fonts-noto-cjk), so a machine without it fails here rather than skipping.
 */
class OfficeConverterTests {

    private static final String CHINESE = "数字经济发展现状与路径调研";

    private static OfficeConverter converter;

    @TempDir
    Path dir;

    @BeforeAll
    static void libreOffice() {
        converter = new OfficeConverter(new OfficeProperties(null, Duration.ofSeconds(120), true));
        assertThat(converter.available()).as("LibreOffice is installed (scripts/test.sh installs it)").isTrue();
    }

    @AfterAll
    static void stopLibreOffice() {
        converter.stop();
    }

    private Path docx(String name, String fontFamily, String text) throws IOException {
        Path docx = dir.resolve(name + ".docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText(text);
            if (fontFamily != null) {
                run.setFontFamily(fontFamily);
            }
            document.write(out);
        }
        return docx;
    }

    private Path pdfOf(Path docx) {
        Path pdf = dir.resolve(docx.getFileName() + ".pdf");
        converter.toPdf(docx, pdf);
        return pdf;
    }

    private static List<PDFont> fonts(Path pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void chineseTextComesOutAsTextInEmbeddedNotoCjkFonts() throws IOException {
        Path pdf = pdfOf(docx("chinese", null, CHINESE + " Digital economy"));

        assertThat(text(pdf)).contains(CHINESE).contains("Digital economy");
        assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
                .extracting(PDFont::getName).anyMatch(name -> name.contains("NotoSerifCJK") || name.contains("NotoSansCJK"));
    }

    @Test
    void fangSongOfTheOfficialDocumentTemplateComesOutInNotoSerifCjk() throws IOException {
        Path pdf = pdfOf(docx("fangsong", "仿宋_GB2312", "仿宋正文：调研报告"));

        assertThat(text(pdf)).contains("仿宋正文：调研报告");
        assertThat(fonts(pdf)).extracting(PDFont::getName).isNotEmpty()
                .allSatisfy(name -> assertThat(name).contains("NotoSerifCJK"));
        assertThat(fonts(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
    }

    @Test
    void heiTiComesOutInNotoSansCjk() throws IOException {
        Path pdf = pdfOf(docx("heiti", "黑体", "黑体标题"));

        assertThat(fonts(pdf)).extracting(PDFont::getName).isNotEmpty()
                .allSatisfy(name -> assertThat(name).contains("NotoSansCJK"));
    }

    @Test
    void theOutlineListsTheReportsHeadingsInOrderWithTheirPages() throws IOException {
        ReportDocumentWriter writer = SampleExports.reportWriter();
        ReportDocument report = SampleExports.approvedReport();
        Path docx = dir.resolve("report.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            writer.write(report, out);
        }

        List<PdfOutline.Heading> headings = PdfOutline.of(pdfOf(docx));

        assertThat(headings).extracting(PdfOutline.Heading::title)
                .containsExactlyElementsOf(writer.outline(report).stream().map(ReportHeading::text).toList());
        assertThat(headings).allSatisfy(heading -> assertThat(heading.page()).as(heading.title()).isGreaterThan(1));
        assertThat(headings).extracting(PdfOutline.Heading::page).isSorted();
    }

    @Test
    void nestedHeadingsComeOutOneLevelBelowTheirParent() throws IOException {
        Path docx = dir.resolve("nested.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            heading(document, "1　背景", 0);
            heading(document, "1.1　调研范围", 1);
            heading(document, "2　方法", 0);
            document.write(out);
        }

        assertThat(PdfOutline.of(pdfOf(docx))).containsExactly(new PdfOutline.Heading("1　背景", 1, 1),
                new PdfOutline.Heading("1.1　调研范围", 2, 1), new PdfOutline.Heading("2　方法", 1, 1));
    }

    private static void heading(XWPFDocument document, String title, int outlineLevel) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        paragraph.createRun().setText(title);
    }

    @Test
    void aHomeWithoutLibreOfficeIsNotAvailableAndRefusesToConvert() throws IOException {
        OfficeConverter missing = new OfficeConverter(new OfficeProperties(Files.createDirectory(dir.resolve("empty")),
                Duration.ofSeconds(5), true));

        assertThat(missing.available()).isFalse();
        assertThatThrownBy(() -> missing.toPdf(docx("any", null, CHINESE), dir.resolve("any.pdf")))
                .isInstanceOf(PdfUnavailableException.class)
                .extracting(e -> ((PdfUnavailableException) e).messageKey())
                .isEqualTo(PdfUnavailableException.OFFICE_MISSING);
    }
}
