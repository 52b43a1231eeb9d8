package org.thinktank.surveyflow.questionnaire;

import java.util.ArrayList;
import java.util.List;

import org.thinktank.surveyflow.questionnaire.reading.DatasetRows;

/** The second pass for a cross table: counts each pair of options two questions' answers chose together. */
final class CrossTabulation implements DatasetRows {

    private final DatasetQuestion question;
    private final DatasetQuestion byQuestion;
    private final List<String> rowOptions;
    private final List<String> columnOptions;
    private final long[][] counts;

    CrossTabulation(DatasetQuestion question, List<String> rowOptions, DatasetQuestion byQuestion,
                    List<String> columnOptions) {
        this.question = question;
        this.byQuestion = byQuestion;
        this.rowOptions = rowOptions;
        this.columnOptions = columnOptions;
        this.counts = new long[rowOptions.size()][columnOptions.size()];
    }

    @Override
    public void header(List<String> names) {
        // the first pass read the header
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
        List<String> by = byQuestion.chosen(cells);
        if (by.isEmpty()) {
            return;
        }
        for (String option : question.chosen(cells)) {
            int row = rowOptions.indexOf(option);
            for (String byOption : by) {
                int column = columnOptions.indexOf(byOption);
                if (row >= 0 && column >= 0) {
                    counts[row][column]++;
                }
            }
        }
    }

    CrossTable table() {
        List<CrossTable.Row> rows = new ArrayList<>();
        for (int row = 0; row < rowOptions.size(); row++) {
            List<Long> cells = new ArrayList<>();
            for (long count : counts[row]) {
                cells.add(count);
            }
            rows.add(new CrossTable.Row(rowOptions.get(row), List.copyOf(cells)));
        }
        return new CrossTable(question.name(), byQuestion.name(), columnOptions, rows);
    }
}
