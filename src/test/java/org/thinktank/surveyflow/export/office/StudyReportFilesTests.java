package org.thinktank.surveyflow.export.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.report.ReportSections;

/**
 * The table of contents is right without anyone updating it: in the Word file LibreOffice paginated, and in the PDF.
 * LibreOffice is a test requirement (scripts/test.sh installs it), so a machine without it fails here.
 */
class StudyReportFilesTests {

    private static final Pattern CONTENTS_LINE = Pattern.compile("^(.+?)[ .…·]*\\s*(\\d+)\\s*$");

    private static OfficeConverter converter;
    private static StudyReportFiles files;

    @BeforeAll
    static void libreOffice() {
        OfficeProperties properties = new OfficeProperties(null, Duration.ofSeconds(120), true);
        converter = new OfficeConverter(properties);
        assertThat(converter.available()).as("LibreOffice is installed (scripts/test.sh installs it)").isTrue();
        files = new StudyReportFiles(SampleExports.reportWriter(), converter, properties);
    }

    @AfterAll
    static void stopLibreOffice() {
        converter.stop();
    }

    /** A report long enough that its sections start on different pages. */
    private static ReportDocument longReport() {
        ReportDocument report = SampleExports.approvedReport();
        String pages = "调研组走访了园区企业、行业协会和主管部门，核对了统计口径与抽样方法。\n\n".repeat(40);
        return report.withContent(new ReportSections(report.sections().summary(), pages, pages,
                report.sections().findings(), pages), report.findings());
    }

    private static List<String> contentsLines(XWPFDocument document) {
        return document.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().matches("TOC\\d")).map(XWPFParagraph::getText).toList();
    }

    @Test
    void theWordFileListsEveryHeadingWithThePageLibreOfficePutsItOn() throws IOException {
        ReportDocument report = longReport();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        files.writeDocx(report, docx);
        Path pdf = files.temporaryPdf(report);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            List<PdfOutline.Heading> headings = PdfOutline.of(pdf).stream().filter(h -> h.level() <= 2).toList();
            List<String> lines = contentsLines(document);

            assertThat(lines).hasSize(headings.size());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i)).as(headings.get(i).title()).endsWith("\t" + headings.get(i).page());
            }
            assertThat(headings.stream().map(PdfOutline.Heading::page).distinct().count()).isGreaterThan(3);
            assertThat(document.getDocument().xmlText()).doesNotContain("w:dirty=\"true\"");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void thePdfsContentsPageListsTheSectionTitlesWithTheirPagesAndEmbedsTheChineseFont() throws IOException {
        Path pdf = files.temporaryPdf(longReport());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PdfOutline.Heading> headings = PdfOutline.of(pdf).stream().filter(h -> h.level() == 1).toList();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String contents = stripper.getText(document);
            List<String> listed = new ArrayList<>();
            for (String line : contents.split("\\R")) {
                Matcher entry = CONTENTS_LINE.matcher(line.strip());
                if (entry.matches()) {
                    listed.add(entry.group(1).replaceAll("[\\s\u3000]+", "") + "→" + entry.group(2));
                }
            }

            assertThat(headings).hasSize(8);
            assertThat(contents).contains("目录");
            assertThat(listed).containsAll(headings.stream()
                    .map(h -> h.title().replaceAll("[\\s\u3000]+", "") + "→" + h.page()).toList());
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
                    .extracting(PDFont::getName).anyMatch(name -> name.contains("CJK"));
        } finally {
            Files.deleteIfExists(pdf);
        }
    }
}
