package org.thinktank.surveyflow.export.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.review.Review;

/** One row per review: scores, their average and the recommendation; confidential comments only if asked for. */
final class ReviewsSheet {

    static final String NAME = "Reviews";

    private ReviewsSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        SheetTable table = new SheetTable(sheet, cells, columns(book.withConfidentialComments()));
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

    private static List<Column> columns(boolean withConfidentialComments) {
        List<Column> columns = new ArrayList<>(List.of(new Column("Survey", 12), new Column("Region", 16),
                new Column("Version", 9), new Column("Reviewer", 14), new Column("Relevance", 10),
                new Column("Evidence", 10), new Column("Feasibility", 11), new Column("Clarity", 9),
                new Column("Average", 9), new Column("Recommendation", 17), new Column("Comments for authors", 50),
                new Column("Submitted", 17)));
        if (withConfidentialComments) {
            columns.add(new Column("Confidential comments", 50));
        }
        return columns;
    }
}
