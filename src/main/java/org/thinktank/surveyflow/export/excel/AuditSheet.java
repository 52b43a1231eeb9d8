package org.thinktank.surveyflow.export.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.audit.AuditEvent;

/**
 * The meeting's audit trail, one row per recorded change: when, who, what, the values before and after (JSON) and
 * the client address. Only in the organizers' own copy of the workbook.
 */
final class AuditSheet {

    static final String NAME = "workbook.sheet.audit";
    /** A cell holds at most 32,767 characters; longer values (a long finding before and after an edit) are cut. */
    private static final int LONGEST_VALUE = 32_000;

    private AuditSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        WorkbookLanguage language = book.language();
        SheetTable table = new SheetTable(sheet, cells, List.of(Column.of(language, "time", 19),
                Column.of(language, "survey", 10), Column.wrapping(language, "actor", 18),
                Column.wrapping(language, "kind", 14), Column.wrapping(language, "subject", 24),
                Column.wrapping(language, "before", 30), Column.wrapping(language, "after", 30),
                Column.of(language, "clientAddress", 14)));
        for (AuditRow row : book.audit()) {
            AuditEvent event = row.event();
            table.add(event.at(), row.surveyKey(),
                    event.actor() == null ? book.text("audit.system") : book.people().name(event.actor()),
                    book.word("audit.kind.", event.kind()), cut(event.subject()), cut(event.before()),
                    cut(event.after()), event.clientAddress());
        }
        table.finish();
    }

    private static String cut(String value) {
        return value == null || value.length() <= LONGEST_VALUE ? value : value.substring(0, LONGEST_VALUE) + "…";
    }
}
