package org.thinktank.surveyflow.export.word;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a meeting's programme as a printed, bilingual Word document on the study reports' template (its styles,
 * page setup, headers and footers; not its cover): the meeting, then each session under a heading with its name in
 * Chinese and English, its day, time and room, and a table of its presentations in order: time, topic in both
 * languages, presenter with institution. Labels read in Chinese, then English.
 */
@Component
public class ProgrammeDocumentWriter {

    private static final List<Integer> COLUMNS = List.of(3, 6, 4);

    private final ReportTemplate template;
    private final MessageSource messages;

    public ProgrammeDocumentWriter(ReportTemplate template, MessageSource messages) {
        this.template = template;
        this.messages = messages;
    }

    public void write(ProgrammeDocument programme, OutputStream out) throws IOException {
        ReportLabels chinese = new ReportLabels(messages, Locale.SIMPLIFIED_CHINESE);
        ReportLabels english = new ReportLabels(messages, Locale.ENGLISH);
        try (XWPFDocument document = template.open()) {
            WordText.clearBody(document);
            String title = chinese.get("word.programme.title") + " " + english.get("word.programme.title");
            CoverPlaceholders.fill(document, Map.of("meeting", programme.meetingName(), "title", title), null);
            centred(WordText.paragraph(document, "Title", programme.meetingName()));
            centred(WordText.paragraph(document, "Subtitle", title));
            for (ProgrammeDocument.SessionBlock session : programme.sessions()) {
                writeSession(document, session, chinese, english);
            }
            document.getProperties().getCoreProperties().setTitle(programme.meetingName() + " " + title);
            document.getProperties().getExtendedProperties().setApplication(DocumentProperties.APPLICATION);
            RunPropertiesOrder.normalize(document);
            document.write(out);
        }
    }

    private static void writeSession(XWPFDocument document, ProgrammeDocument.SessionBlock session,
                                     ReportLabels chinese, ReportLabels english) {
        XWPFParagraph heading = WordText.keepWithNext(WordText.paragraph(document, "Heading1", session.name()));
        if (!session.nameEn().equals(session.name())) {
            WordText.run(heading, "\n" + session.nameEn());
        }
        String times = session.startsAt() + "–" + session.endsAt();
        WordText.keepWithNext(WordText.paragraph(document, null,
                bilingual(chinese, english, "word.programme.when", chinese.date(session.heldOn()), english.date(session.heldOn()), times)));
        WordText.keepWithNext(WordText.paragraph(document, null,
                bilingual(chinese, english, "word.programme.room", session.room(), session.room(), "")));
        if (session.items().isEmpty()) {
            WordText.paragraph(document, null, chinese.get("word.programme.none") + " " + english.get("word.programme.none"));
            return;
        }
        List<String> headers = List.of(both(chinese, english, "word.programme.time"),
                both(chinese, english, "word.programme.report"), both(chinese, english, "word.programme.presenter"));
        List<List<String>> rows = session.items().stream().map(item -> List.of(
                item.startsAt() + "–" + item.endsAt(),
                item.topicEn() == null || item.topicEn().equals(item.topic()) ? item.topic() : item.topic() + "\n" + item.topicEn(),
                item.presenter().withInstitution(true))).toList();
        WordTables.table(document, headers, rows, COLUMNS);
        WordText.paragraph(document, null);
    }

    /** A line in Chinese then in English, each from the same key with its own argument. */
    private static String bilingual(ReportLabels chinese, ReportLabels english, String key, String zh, String en,
                                    String shared) {
        return chinese.get(key, zh, shared) + "\n" + english.get(key, en, shared);
    }

    private static String both(ReportLabels chinese, ReportLabels english, String key) {
        return chinese.get(key) + " " + english.get(key);
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }
}
