package org.thinktank.surveyflow.export.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.ReportDocumentWriter;
import org.thinktank.surveyflow.export.word.ReportHeading;
import org.thinktank.surveyflow.export.word.TocPages;
import org.thinktank.surveyflow.export.word.ReportDocuments;

/**
 * A study report's files: the Word document with its table of contents paginated by LibreOffice, and the PDF
 * converted from that same document, so both say the same. Pagination takes one conversion: the report is written
 * with placeholder page numbers, LibreOffice lays it out, the PDF's outline gives each heading's page, and the report
 * is written again with those numbers (the placeholders take the same room, so the layout does not move). Without
 * LibreOffice the Word file lists the headings and asks Word to fill in the numbers. Each report goes through
 * temporary files, so memory stays flat however many are made.
 */
@Service
public class StudyReportFiles {

    private static final Logger log = LoggerFactory.getLogger(StudyReportFiles.class);
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u3000]+");

    private final ReportDocumentWriter documentWriter;
    private final OfficeConverter converter;

    private final boolean paginateWord;

    StudyReportFiles(ReportDocumentWriter documentWriter, OfficeConverter converter, OfficeProperties properties) {
        this.documentWriter = documentWriter;
        this.converter = converter;
        this.paginateWord = properties.paginateWord();
    }

    /** The Word file, with page numbers in its table of contents when LibreOffice is there to find them. */
    public void writeDocx(ReportDocument report, OutputStream out) throws IOException {
        writeDocx(report, paginateWord && converter.available() ? pages(report) : TocPages.UNKNOWN, out);
    }

    /** The Word file with page numbers found before ({@link #pages}), for a caller that makes its PDF too. */
    public void writeDocx(ReportDocument report, TocPages pages, OutputStream out) throws IOException {
        documentWriter.write(report, pages, out);
    }

    /** The page each heading of the report starts on, as LibreOffice lays the report out; unknown without it. */
    public TocPages pages(ReportDocument report) throws IOException {
        List<ReportHeading> outline = documentWriter.outline(report);
        Path docx = Files.createTempFile("surveyflow-pages", ".docx");
        Path pdf = Files.createTempFile("surveyflow-pages", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(docx)) {
                documentWriter.writeForLibreOffice(report,
                        TocPages.placeholders(outline.stream().map(ReportHeading::bookmark).toList()), out);
            }
            converter.toPdf(docx, pdf);
            return TocPages.of(pageByBookmark(outline, PdfOutline.of(pdf)));
        } catch (PdfUnavailableException | PdfOutline.UnreadableException e) {
            log.warn("The contents page goes without page numbers: {}", e.getMessage());
            return TocPages.UNKNOWN;
        } finally {
            Files.deleteIfExists(docx);
            Files.deleteIfExists(pdf);
        }
    }

    // the PDF's outline lists the same headings in the same order, possibly with others (deeper levels) between
    private static Map<String, Integer> pageByBookmark(List<ReportHeading> outline, List<PdfOutline.Heading> headings) {
        Map<String, Integer> pages = new HashMap<>();
        int next = 0;
        for (ReportHeading entry : outline) {
            for (int i = next; i < headings.size(); i++) {
                if (comparable(headings.get(i).title()).equals(comparable(entry.text()))) {
                    pages.put(entry.bookmark(), headings.get(i).page());
                    next = i + 1;
                    break;
                }
            }
        }
        return pages;
    }

    private static String comparable(String title) {
        return WHITESPACE.matcher(title).replaceAll("");
    }

    /** The Word file's name with {@code .pdf}. */
    public static String fileName(ReportDocument report) {
        String docx = ReportDocuments.fileName(report);
        return docx.substring(0, docx.lastIndexOf('.')) + ".pdf";
    }

    public boolean available() {
        return converter.available();
    }

    /**
     * The report as a temporary PDF file, which the caller deletes.
     *
     * @throws PdfUnavailableException when LibreOffice is missing, cannot start or does not convert in time
     */
    public Path temporaryPdf(ReportDocument report) throws IOException {
        return temporaryPdf(report, pages(report));
    }

    /** As {@link #temporaryPdf(ReportDocument)}, with the page numbers found before. */
    public Path temporaryPdf(ReportDocument report, TocPages pages) throws IOException {
        Path docx = Files.createTempFile("surveyflow-report", ".docx");
        Path pdf = Files.createTempFile("surveyflow-report", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(docx)) {
                documentWriter.writeForLibreOffice(report, pages, out);
            }
            converter.toPdf(docx, pdf);
            return pdf;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pdf);
            throw e;
        } finally {
            Files.deleteIfExists(docx);
        }
    }
}
