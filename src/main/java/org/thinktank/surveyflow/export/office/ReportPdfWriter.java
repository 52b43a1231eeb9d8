package org.thinktank.surveyflow.export.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.ReportDocumentWriter;
import org.thinktank.surveyflow.export.word.ReportDocuments;

/**
 * A study report as PDF: its Word document, converted by LibreOffice, so both say the same. Each report goes through
 * temporary files, so memory stays flat however many are converted.
 */
@Service
public class ReportPdfWriter {

    private final ReportDocumentWriter documentWriter;
    private final OfficeConverter converter;

    ReportPdfWriter(ReportDocumentWriter documentWriter, OfficeConverter converter) {
        this.documentWriter = documentWriter;
        this.converter = converter;
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
        Path docx = Files.createTempFile("surveyflow-report", ".docx");
        Path pdf = Files.createTempFile("surveyflow-report", ".pdf");
        try {
            writeDocx(report, docx);
            converter.toPdf(docx, pdf);
            return pdf;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pdf);
            throw e;
        } finally {
            Files.deleteIfExists(docx);
        }
    }

    /** The seam for the document the PDF is made from. */
    private void writeDocx(ReportDocument report, Path docx) throws IOException {
        try (OutputStream out = Files.newOutputStream(docx)) {
            documentWriter.write(report, out);
        }
    }
}
