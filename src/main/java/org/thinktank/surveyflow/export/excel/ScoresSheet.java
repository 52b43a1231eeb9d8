package org.thinktank.surveyflow.export.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The scores analysed: for each reviewer, and for all reviewers together on the last row, how many reviews, and
 * the mean and spread (sample standard deviation) of each criterion and of the reviews' averages.
 */
final class ScoresSheet {

    static final String NAME = "workbook.sheet.scores";

    private ScoresSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book, ScoreTally scores) {
        SheetTable table = new SheetTable(sheet, cells, columns(book));
        for (Map.Entry<String, ScoreTally.Scores> reviewer : scores.byReviewer().entrySet()) {
            table.add(row(book.people().displayName(reviewer.getKey()),
                    book.people().institution(reviewer.getKey()), reviewer.getValue()).toArray());
        }
        table.finish();
        // below the filtered rows, so that sorting the reviewers leaves it in place
        table.add(row(book.text("workbook.allReviewers"), null, scores.all()).toArray());
    }

    private static List<Object> row(String who, String institution, ScoreTally.Scores scores) {
        List<Object> values = new ArrayList<>(List.of(who));
        values.add(institution);
        values.add(scores.overall().count());
        for (Criterion criterion : Criterion.values()) {
            values.add(scores.of(criterion).mean());
            values.add(scores.of(criterion).deviation());
        }
        values.add(scores.overall().mean());
        values.add(scores.overall().deviation());
        return values;
    }

    private static List<Column> columns(MeetingWorkbook book) {
        WorkbookLanguage language = book.language();
        List<Column> columns = new ArrayList<>(List.of(Column.wrapping(language, "reviewer", 12),
                Column.wrapping(language, "institution", 18), Column.of(language, "reviews", 7)));
        for (Criterion criterion : Criterion.values()) {
            String name = book.word("workbook.criterion.", criterion);
            columns.add(new Column(book.text("workbook.column.mean", name), 8, true));
            columns.add(new Column(book.text("workbook.column.deviation", name), 8, true));
        }
        String overall = book.text("workbook.overall");
        columns.add(new Column(book.text("workbook.column.mean", overall), 8, true));
        columns.add(new Column(book.text("workbook.column.deviation", overall), 8, true));
        return columns;
    }
}
