package org.thinktank.surveyflow.export.word;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.adoption.AdoptionFigures;
import org.thinktank.surveyflow.adoption.MeetingAdoption;
import org.thinktank.surveyflow.adoption.TrackedRecommendation;
import org.thinktank.surveyflow.export.FileNames;

/**
 * Writes a meeting's adoption report in Word on the study reports' template (its styles, page setup, headers and
 * footers with page numbers; not its cover): the meeting and the date of the report, the figures (by status with a
 * native chart, the adoption rate and the median days from the meeting to adoption, by agency, by investigation),
 * then each investigation's recommendations with what happened to them in order. Every word comes from the message
 * bundles in the reader's language; statuses and steps by their labels, never by their codes.
 */
@Component
public class AdoptionReportWriter {

    private final ReportTemplate template;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    public AdoptionReportWriter(ReportTemplate template, MessageSource messages, Clock clock,
                                @Value("${surveyflow.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.template = template;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    public void write(MeetingAdoption adoption, Locale locale, OutputStream out) throws IOException {
        ReportLabels labels = new ReportLabels(messages, locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
        try (XWPFDocument document = template.open()) {
            WordText.clearBody(document);
            String title = labels.get("adoptionExport.report.title");
            CoverPlaceholders.fill(document, Map.of("meeting", adoption.meetingName(), "title", title), null);
            Captions captions = new Captions(labels.get("word.table"), labels.get("word.figure"));
            titleLines(document, adoption, labels, title);
            AdoptionFigures figures = AdoptionFigures.of(adoption);
            new AdoptionFiguresSection(document, captions, labels).write(adoption, figures);
            recommendations(document, captions, labels, adoption);
            properties(document, adoption, labels, title);
            RunPropertiesOrder.normalize(document);
            document.write(out);
        }
    }

    /** {@code "AM21 成果采纳情况报告.docx"}, {@code "AM21 Adoption report.docx"}. */
    public String fileName(MeetingAdoption adoption, Locale locale) {
        return FileNames.of(adoption.meetingCode() + " " + messages.getMessage("adoptionExport.report.title", null,
                locale == null ? Locale.SIMPLIFIED_CHINESE : locale), "docx");
    }

    private void titleLines(XWPFDocument document, MeetingAdoption adoption, ReportLabels labels, String title) {
        centred(WordText.paragraph(document, "Title", adoption.meetingName()));
        centred(WordText.paragraph(document, "Subtitle", title));
        centred(WordText.paragraph(document, null, labels.get("adoptionExport.report.meetingOn",
                labels.date(adoption.meetingDate()))));
        centred(WordText.paragraph(document, null, labels.get("adoptionExport.report.asOf",
                labels.date(LocalDate.ofInstant(clock.instant(), zone)))));
    }

    private static void recommendations(XWPFDocument document, Captions captions, ReportLabels labels,
                                        MeetingAdoption adoption) {
        WordText.keepWithNext(WordText.paragraph(document, "Heading1", "2　" + labels.get("adoptionExport.report.details")));
        Map<String, List<TrackedRecommendation>> bySurvey = new LinkedHashMap<>();
        adoption.recommendations().forEach(recommendation ->
                bySurvey.computeIfAbsent(recommendation.surveyKey(), key -> new ArrayList<>()).add(recommendation));
        if (bySurvey.isEmpty()) {
            WordText.paragraph(document, null, labels.get("adoptionExport.report.none"));
        }
        int number = 0;
        for (List<TrackedRecommendation> survey : bySurvey.values()) {
            TrackedRecommendation first = survey.get(0);
            WordText.keepWithNext(WordText.paragraph(document, "Heading2",
                    "2." + ++number + "　" + first.surveyKey() + "　" + first.topic()));
            survey.forEach(recommendation -> new RecommendationHistory(document, captions, labels).write(recommendation));
        }
    }

    private static void properties(XWPFDocument document, MeetingAdoption adoption, ReportLabels labels,
                                   String title) {
        POIXMLProperties properties = document.getProperties();
        properties.getCoreProperties().setTitle(adoption.meetingName() + " " + title);
        properties.getCoreProperties().setSubjectProperty(adoption.meetingName());
        properties.getCoreProperties().getUnderlyingProperties()
                .setLanguageProperty(Optional.of(labels.locale().toLanguageTag()));
        properties.getExtendedProperties().setApplication(DocumentProperties.APPLICATION);
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }
}
