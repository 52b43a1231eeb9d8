package org.thinktank.surveyflow.export.excel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.workflow.TimelineTask;

/**
 * One row per user task from the engine's history: who, when it started and ended, how long, its due date and
 * whether it was late. The tasks are tallied per assignee as they stream.
 */
final class TimelineSheet {

    static final String NAME = "workbook.sheet.timeline";
    private static final double SECONDS_PER_DAY = 86_400d;

    private TimelineSheet() {
    }

    /** Open tasks last until the workbook's time of writing. */
    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book, WorkTally work) {
        WorkbookLanguage language = book.language();
        SheetTable table = new SheetTable(sheet, cells, List.of(Column.of(language, "survey", 10),
                Column.wrapping(language, "task", 14), Column.wrapping(language, "assignee", 20),
                Column.of(language, "started", 19), Column.of(language, "ended", 19),
                Column.of(language, "durationDays", 8), Column.of(language, "due", 14),
                Column.of(language, "overdue", 6)));
        for (TimelineTask task : book.timeline()) {
            work.add(task);
            Instant end = task.ended() != null ? task.ended() : book.generatedAt();
            table.add(task.businessKey(), book.text("task." + task.taskKey()), book.people().name(task.assignee()),
                    task.started(), task.ended(), Duration.between(task.started(), end).toSeconds() / SECONDS_PER_DAY,
                    dueDate(task.due(), book), task.due() != null && end.isAfter(task.due()));
        }
        table.finish();
    }

    /**
     * The engine holds a deadline as its end, the midnight after the due date; the due date is the day before it, as
     * the pages and the Surveys sheet show it.
     */
    static LocalDate dueDate(Instant end, MeetingWorkbook book) {
        return end == null ? null : LocalDate.ofInstant(end.minusSeconds(1), book.zone());
    }
}
