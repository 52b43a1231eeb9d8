package org.thinktank.surveyflow.export.word;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The .docx a study report is written on: its styles ({@link TemplateStyles#REQUIRED}), page setup, headers and
 * footers, and its body, the cover page with {@code {{name}}} placeholders ({@link CoverPlaceholders}). Two are
 * bundled: the default publication style and the GB/T 9704-2012 official-document layout; organizers upload others
 * per meeting. The configured one ({@code surveyflow.export.report-template}, the publication style unless set) is
 * read for each report, so a replaced file takes effect without a restart.
 */
@Component
public class ReportTemplate {

    static final String BUNDLED = "report-templates/study-report.docx";
    static final String OFFICIAL_DOCUMENT = "report-templates/official-document.docx";

    private final Resource resource;

    public ReportTemplate(@Value("${surveyflow.export.report-template:classpath:" + BUNDLED + "}") Resource resource) {
        this.resource = resource;
    }

    /** The default publication style. */
    public static ReportTemplate bundled() {
        return new ReportTemplate(new ClassPathResource(BUNDLED));
    }

    /** The layout of GB/T 9704-2012, for reports submitted to government. */
    public static ReportTemplate officialDocument() {
        return new ReportTemplate(new ClassPathResource(OFFICIAL_DOCUMENT));
    }

    /** An uploaded template; check it first with the export template check. */
    public static ReportTemplate of(byte[] content) {
        return new ReportTemplate(new ByteArrayResource(content));
    }

    /**
     * A fresh document with the template's styles (under the ids the writer uses), sections, headers, footers and its
     * body, the cover, still holding its placeholders: fill them, then append the report.
     */
    public XWPFDocument open() throws IOException {
        try (InputStream in = resource.getInputStream()) {
            XWPFDocument document = new XWPFDocument(in);
            TemplateStyles.useWriterIds(document);
            return document;
        }
    }
}
