package org.thinktank.surveyflow.export.word;

import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The file's own description: title, author (the lead), subject (the meeting), keywords and language. */
final class DocumentProperties {

    static final String APPLICATION = "Think Tank Survey Workflow";

    private DocumentProperties() {
    }

    static void set(XWPFDocument document, ReportDocument report, ReportLabels labels) {
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(report.topic());
        core.setCreator(report.lead().displayName());
        core.setLastModifiedByUser(report.lead().displayName());
        core.setSubjectProperty(report.meeting());
        core.setKeywords(labels.get("word.keywords", report.meeting(), report.region()));
        core.setDescription(report.surveyKey() + " v" + report.version());
        core.setRevision(String.valueOf(report.version()));
        core.getUnderlyingProperties().setLanguageProperty(Optional.of(labels.locale().toLanguageTag()));
        properties.getExtendedProperties().setApplication(APPLICATION);
        properties.getExtendedProperties().setCompany(report.thinkTank().name());
    }
}
