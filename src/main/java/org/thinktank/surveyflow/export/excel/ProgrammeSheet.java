package org.thinktank.surveyflow.export.excel;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The programme: one row per presentation in the order they are given, with its session, day, times and room, the
 * report and its presenter, names and topics in the reader's language (the Chinese topic where no English one was
 * given).
 */
final class ProgrammeSheet {

    static final String NAME = "workbook.sheet.programme";

    private ProgrammeSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        WorkbookLanguage language = book.language();
        SheetTable table = new SheetTable(sheet, cells, List.of(Column.wrapping(language, "session", 18),
                Column.of(language, "day", 12), Column.of(language, "startsAt", 8), Column.of(language, "endsAt", 8),
                Column.of(language, "minutes", 8), Column.of(language, "room", 10), Column.of(language, "survey", 10),
                Column.wrapping(language, "topic", 28), Column.of(language, "presenter", 22)));
        boolean chinese = Locale.CHINESE.getLanguage().equals(language.locale().getLanguage());
        for (ProgrammeRow row : book.programme()) {
            table.add(chinese ? row.session() : row.sessionEn(), row.heldOn(), row.startsAt().toString(),
                    row.endsAt().toString(), row.minutes(), row.room(), row.surveyKey(),
                    chinese || row.topicEn() == null ? row.topic() : row.topicEn(), book.people().name(row.presenter()));
        }
        table.finish();
    }
}
