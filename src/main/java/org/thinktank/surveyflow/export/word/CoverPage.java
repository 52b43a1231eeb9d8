package org.thinktank.surveyflow.export.word;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The cover: the think tank, the meeting, the title in both languages, region, team, place and date, version, the
 * version's true status, and the confidentiality marking until the report is published. A template lays the cover
 * out with placeholders ({{title}} and the others named by {@link #values}); a template without them gets a plain
 * cover written here.
 */
final class CoverPage {

    private CoverPage() {
    }

    /** The value of every cover placeholder for this report, in its language. */
    static Map<String, String> values(ReportDocument report, ReportLabels labels) {
        boolean chinese = labels.chinese();
        Map<String, String> values = new LinkedHashMap<>();
        ThinkTank thinkTank = report.thinkTank();
        values.put("thinkTank", !chinese && hasText(thinkTank.nameEn()) ? thinkTank.nameEn() : thinkTank.name());
        values.put("meeting", report.meeting());
        values.put("title", report.topic());
        values.put("titleEn", hasText(report.topicEn()) && !report.topicEn().equals(report.topic()) ? report.topicEn() : "");
        values.put("documentType", labels.get("word.documentType"));
        values.put("region", report.region());
        values.put("team", report.team().stream().map(person -> person.withInstitution(chinese))
                .collect(Collectors.joining("\n")));
        values.put("place", report.city() == null ? "" : report.city());
        values.put("date", labels.date(report.date()));
        values.put("version", labels.get("word.cover.version", report.version()));
        values.put("status", labels.status(report.status()));
        values.put("marking", report.status().confidential() ? labels.get("word.cover.marking") : "");
        return values;
    }

    /** A cover written paragraph by paragraph, for a template that does not lay one out. */
    static void write(XWPFDocument document, Map<String, String> values, ReportLabels labels) {
        if (hasText(values.get("marking"))) {
            XWPFParagraph marking = WordText.paragraph(document, null);
            marking.setAlignment(ParagraphAlignment.RIGHT);
            WordText.bold(marking, values.get("marking")).setColor("C00000");
        }
        if (hasText(values.get("thinkTank"))) {
            centred(WordText.paragraph(document, "Subtitle", values.get("thinkTank")));
        }
        centred(WordText.paragraph(document, "Title", values.get("title")));
        if (hasText(values.get("titleEn"))) {
            centred(WordText.paragraph(document, "Subtitle", values.get("titleEn")));
        }
        centred(WordText.paragraph(document, "Subtitle", values.get("documentType")));
        line(document, labels.get("word.cover.meeting"), values.get("meeting"));
        line(document, labels.get("word.cover.region"), values.get("region"));
        line(document, labels.get("word.cover.team"), values.get("team"));
        centred(WordText.paragraph(document, null, labels.get("word.cover.placeAndDate", values.get("place"), values.get("date"))));
        centred(WordText.paragraph(document, null, values.get("version") + "　" + values.get("status")));
        WordText.pageBreak(document);
    }

    private static void line(XWPFDocument document, String label, String value) {
        XWPFParagraph line = centred(WordText.paragraph(document, null));
        WordText.bold(line, label + colon(label));
        WordText.run(line, value);
    }

    /** The colon after a label: full width after Chinese. */
    static String colon(String label) {
        return WordText.hasEastAsianCharacters(label) ? "：" : ": ";
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
