package org.thinktank.surveyflow.export.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.ReportDocumentWriter;

/** A study report as PDF: its Word document, converted by LibreOffice, so both say the same. */
@Service
public class ReportPdfWriter {

    private final ReportDocumentWriter documentWriter;
    private final OfficeConverter converter;

    ReportPdfWriter(ReportDocumentWriter documentWriter, OfficeConverter converter) {
        this.documentWriter = documentWriter;
        this.converter = converter;
    }

    public boolean available() {
        return converter.available();
    }

    /**
     * Writes the report as PDF to {@code pdf}.
     *
     * @throws PdfUnavailableException when LibreOffice is missing, cannot start or does not convert in time
     */
    public void write(ReportDocument report, Path pdf) throws IOException {
        Path docx = Files.createTempFile("surveyflow-report", ".docx");
        try {
            writeDocx(report, docx);
            converter.toPdf(docx, pdf);
        } finally {
            Files.deleteIfExists(docx);
        }
    }

    private void writeDocx(ReportDocument report, Path docx) throws IOException {
        try (OutputStream out = Files.newOutputStream(docx)) {
            documentWriter.write(report, out);
        }
    }
}
