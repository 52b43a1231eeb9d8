package org.thinktank.surveyflow.export.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.review.Review;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.workflow.TimelineTask;

/**
 * Writes the meeting workbook: Surveys, Findings, Reviews, Timeline and Summary. The big sheets stream through
 * SXSSF, which keeps only a window of rows in memory and spills the rest to a temporary file, so the heap stays
 * bounded however many findings a meeting has.
 */
@Component
public class MeetingWorkbookWriter {

    private static final int ROWS_IN_MEMORY = 100;
    private static final List<SurveyStage> WORKING_STAGES =
            List.of(SurveyStage.FINDINGS, SurveyStage.DRAFTING, SurveyStage.REVIEW, SurveyStage.DECISION, SurveyStage.APPROVAL);
    private static final double SECONDS_PER_DAY = 86_400d;

    public void write(MeetingWorkbook book, OutputStream out) throws IOException {
        XSSFWorkbook charted = new XSSFWorkbook();
        CellWriter cells = new CellWriter(charted, book.zone());
        SummarySheet.write(charted.createSheet(SummarySheet.NAME), cells, book);
        SXSSFWorkbook workbook = new SXSSFWorkbook(charted, ROWS_IN_MEMORY);
        try {
            surveys(new SheetTable(workbook.createSheet("Surveys"), cells, surveyColumns()), book);
            findings(new SheetTable(workbook.createSheet("Findings"), cells, FINDING_COLUMNS), book);
            reviews(new SheetTable(workbook.createSheet("Reviews"), cells, reviewColumns(book)), book);
            timeline(new SheetTable(workbook.createSheet("Timeline"), cells, TIMELINE_COLUMNS), book);
            workbook.setSheetOrder(SummarySheet.NAME, workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static List<Column> surveyColumns() {
        List<Column> columns = new ArrayList<>(List.of(new Column("Survey", 12), new Column("Topic", 40),
                new Column("Region", 16), new Column("Lead", 14), new Column("Team", 30), new Column("Reviewers", 24),
                new Column("Stage", 12), new Column("Stage entered", 17), new Column("Due date", 12),
                new Column("Overdue", 10)));
        WORKING_STAGES.forEach(stage -> columns.add(new Column("Days in " + stage, 12)));
        return columns;
    }

    private static void surveys(SheetTable table, MeetingWorkbook book) {
        for (SurveyRow survey : book.surveys()) {
            List<Object> values = new ArrayList<>(Arrays.asList(survey.key(), survey.topic(), survey.region(),
                    survey.lead(), String.join(", ", survey.team()), String.join(", ", survey.reviewers()),
                    survey.stage(), survey.stageEnteredAt(), survey.due(), survey.overdue()));
            WORKING_STAGES.forEach(stage -> values.add(survey.daysInStage().getOrDefault(stage, 0d)));
            table.add(values.toArray());
        }
        table.finish();
    }

    private static final List<Column> FINDING_COLUMNS = List.of(new Column("Survey", 12), new Column("Region", 16),
            new Column("Finding", 9), new Column("Title", 40), new Column("Author", 14), new Column("Method", 15),
            new Column("Place", 18), new Column("Observed on", 12), new Column("Evidence", 50),
            new Column("Recommendation", 40), new Column("Sources", 30), new Column("Figures", 9),
            new Column("Figure values", 40), new Column("Submitted", 17));

    private static void findings(SheetTable table, MeetingWorkbook book) {
        for (FindingRow row : book.findings()) {
            Finding finding = row.finding();
            table.add(row.surveyKey(), row.region(), finding.id(), finding.title(), finding.author(), finding.method(),
                    finding.place(), finding.observedOn(), finding.evidence(), finding.recommendation(),
                    finding.sources(), finding.figures().size(), figureValues(finding.figures()), finding.submittedAt());
        }
        table.finish();
    }

    private static String figureValues(List<Figure> figures) {
        return figures.stream().map(f -> f.name() + ": " + f.value().toPlainString() + (f.unit().isEmpty() ? "" : " " + f.unit()))
                .collect(Collectors.joining("; "));
    }

    private static List<Column> reviewColumns(MeetingWorkbook book) {
        List<Column> columns = new ArrayList<>(List.of(new Column("Survey", 12), new Column("Region", 16),
                new Column("Version", 9), new Column("Reviewer", 14), new Column("Relevance", 10),
                new Column("Evidence", 10), new Column("Feasibility", 11), new Column("Clarity", 9),
                new Column("Average", 9), new Column("Recommendation", 17), new Column("Comments for authors", 50),
                new Column("Submitted", 17)));
        if (book.withConfidentialComments()) {
            columns.add(new Column("Confidential comments", 50));
        }
        return columns;
    }

    private static void reviews(SheetTable table, MeetingWorkbook book) {
        for (ReviewRow row : book.reviews()) {
            Review review = row.review();
            List<Object> values = new ArrayList<>(Arrays.asList(row.surveyKey(), row.region(), review.versionNumber(),
                    review.reviewer(), review.relevance(), review.evidence(), review.feasibility(), review.clarity(),
                    (review.relevance() + review.evidence() + review.feasibility() + review.clarity()) / 4d,
                    review.recommendation(), review.commentsForAuthors(), review.submittedAt()));
            if (book.withConfidentialComments()) {
                values.add(review.confidentialComments());
            }
            table.add(values.toArray());
        }
        table.finish();
    }

    private static final List<Column> TIMELINE_COLUMNS = List.of(new Column("Survey", 12), new Column("Task", 26),
            new Column("Assignee", 14), new Column("Started", 17), new Column("Ended", 17),
            new Column("Duration (days)", 15), new Column("Due", 17), new Column("Overdue", 10));

    private static void timeline(SheetTable table, MeetingWorkbook book) {
        for (TimelineTask task : book.timeline()) {
            Instant end = task.ended() != null ? task.ended() : book.generatedAt();
            table.add(task.businessKey(), task.name(), task.assignee(), task.started(), task.ended(),
                    Duration.between(task.started(), end).toSeconds() / SECONDS_PER_DAY, task.due(),
                    task.due() != null && end.isAfter(task.due()));
        }
        table.finish();
    }
}
