package org.thinktank.surveyflow.export.word;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The .docx whose styles (Title, Heading1-3), page setup, header and footer every study report takes. Organizers
 * replace it with {@code surveyflow.export.report-template=file:/path/to/template.docx}; it is read for each
 * report, so a replaced file takes effect without a restart.
 */
@Component
public class ReportTemplate {

    static final String BUNDLED = "report-templates/study-report.docx";

    private final Resource resource;

    public ReportTemplate(@Value("${surveyflow.export.report-template:classpath:" + BUNDLED + "}") Resource resource) {
        this.resource = resource;
    }

    public static ReportTemplate bundled() {
        return new ReportTemplate(new ClassPathResource(BUNDLED));
    }

    /** A fresh document with the template's styles and sections and an empty body. */
    XWPFDocument open() throws IOException {
        try (InputStream in = resource.getInputStream()) {
            XWPFDocument document = new XWPFDocument(in);
            while (!document.getBodyElements().isEmpty()) {
                document.removeBodyElement(0);
            }
            return document;
        }
    }
}
