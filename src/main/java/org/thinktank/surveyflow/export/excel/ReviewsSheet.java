package org.thinktank.surveyflow.export.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.review.Review;

/**
 * One row per review: scores, their average and the recommendation; confidential comments only if asked for. The
 * scores are tallied as the rows stream, for the Scores sheet and the Summary's chart.
 */
final class ReviewsSheet {

    static final String NAME = "workbook.sheet.reviews";

    private ReviewsSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book, ScoreTally scores) {
        SheetTable table = new SheetTable(sheet, cells, columns(book));
        for (ReviewRow row : book.reviews()) {
            Review review = row.review();
            scores.add(row.surveyKey(), review);
            List<Object> values = new ArrayList<>(Arrays.asList(row.surveyKey(), row.region(), review.versionNumber(),
                    book.people().name(review.reviewer()), review.relevance(), review.evidence(),
                    review.feasibility(), review.clarity(), Criterion.average(review),
                    book.word("recommendation.", review.recommendation()), review.commentsForAuthors(),
                    review.submittedAt()));
            if (book.withConfidentialComments()) {
                values.add(review.confidentialComments());
            }
            table.add(values.toArray());
        }
        table.finish();
    }

    private static List<Column> columns(MeetingWorkbook book) {
        WorkbookLanguage language = book.language();
        List<Column> columns = new ArrayList<>(List.of(Column.of(language, "survey", 10),
                Column.of(language, "region", 8), Column.of(language, "version", 6),
                Column.wrapping(language, "reviewer", 18)));
        for (Criterion criterion : Criterion.values()) {
            columns.add(new Column(book.word("workbook.criterion.", criterion), 8, true));
        }
        columns.addAll(List.of(Column.of(language, "average", 7), Column.wrapping(language, "verdict", 10),
                Column.wrapping(language, "commentsForAuthors", 32), Column.of(language, "submitted", 19)));
        if (book.withConfidentialComments()) {
            columns.add(Column.wrapping(language, "confidential", 30));
        }
        return columns;
    }
}
