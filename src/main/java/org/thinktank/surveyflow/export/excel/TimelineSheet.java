package org.thinktank.surveyflow.export.excel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.workflow.TimelineTask;

/** One row per user task from the engine's history: who, when it started and ended, how long, whether late. */
final class TimelineSheet {

    static final String NAME = "Timeline";
    private static final double SECONDS_PER_DAY = 86_400d;
    private static final List<Column> COLUMNS = List.of(new Column("Survey", 12), new Column("Task", 26),
            new Column("Assignee", 14), new Column("Started", 17), new Column("Ended", 17),
            new Column("Duration (days)", 15), new Column("Due", 17), new Column("Overdue", 10));

    private TimelineSheet() {
    }

    /** Open tasks last until the workbook's time of writing. */
    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        SheetTable table = new SheetTable(sheet, cells, COLUMNS);
        for (TimelineTask task : book.timeline()) {
            Instant end = task.ended() != null ? task.ended() : book.generatedAt();
            table.add(task.businessKey(), task.name(), task.assignee(), task.started(), task.ended(),
                    Duration.between(task.started(), end).toSeconds() / SECONDS_PER_DAY, task.due(),
                    task.due() != null && end.isAfter(task.due()));
        }
        table.finish();
    }
}
