package org.thinktank.surveyflow.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A question as detected in a dataset, and how to read which of its options a respondent's row chose.
 *
 * @param columns the question's column, or for a multiple choice spread over columns, one per option
 * @param points  the options of a question over several columns, one per column; the points of a scale; else empty
 */
record DatasetQuestion(String name, QuestionKind kind, int[] columns, List<String> points) {

    static DatasetQuestion of(String name, QuestionKind kind, int column, List<String> points) {
        return new DatasetQuestion(name, kind, new int[] {column}, List.copyOf(points));
    }

    boolean spreadOverColumns() {
        return columns.length > 1;
    }

    /** The options a row's answer chose, spelled as the summary spells them; empty when it gave no answer. */
    List<String> chosen(List<String> row) {
        if (spreadOverColumns()) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                if (OptionColumns.isTicked(row.get(columns[i]))) {
                    chosen.add(points.get(i));
                }
            }
            return chosen;
        }
        String answer = Answers.of(row.get(columns[0]));
        if (answer.isEmpty()) {
            return List.of();
        }
        return switch (kind) {
            case MULTIPLE_CHOICE -> Arrays.stream(answer.split(ColumnTally.OPTION_SEPARATOR))
                    .map(String::strip).filter(option -> !option.isEmpty()).toList();
            case LIKERT -> scalePoint(answer);
            default -> List.of(answer);
        };
    }

    private List<String> scalePoint(String answer) {
        int position = LikertScales.position(points, answer);
        if (position > 0) {
            return List.of(points.get(position - 1));
        }
        String point = Answers.scalePoint(answer);
        return points.contains(point) ? List.of(point) : List.of();
    }
}
