package org.thinktank.surveyflow.export.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.audit.AuditEvent;

/**
 * The meeting's audit trail, one row per recorded change: when, who, what, the values before and after (JSON) and
 * the client address. Only in the organizers' own copy of the workbook.
 */
final class AuditSheet {

    static final String NAME = "Audit";
    /** A cell holds at most 32,767 characters; longer values (a long finding before and after an edit) are cut. */
    private static final int LONGEST_VALUE = 32_000;
    private static final List<Column> COLUMNS = List.of(new Column("Time", 17), new Column("Survey", 12),
            new Column("Actor", 14), new Column("Kind", 20), new Column("Subject", 40), new Column("Before", 40),
            new Column("After", 40), new Column("Client address", 16));

    private AuditSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        SheetTable table = new SheetTable(sheet, cells, COLUMNS);
        for (AuditRow row : book.audit()) {
            AuditEvent event = row.event();
            table.add(event.at(), row.surveyKey(), event.actor(), event.kind(), cut(event.subject()),
                    cut(event.before()), cut(event.after()), event.clientAddress());
        }
        table.finish();
    }

    private static String cut(String value) {
        return value == null || value.length() <= LONGEST_VALUE ? value : value.substring(0, LONGEST_VALUE) + "…";
    }
}
