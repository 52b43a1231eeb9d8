package org.thinktank.surveyflow.questionnaire;

import java.util.List;

/**
 * A choice or scale question counted by the options of another (region, institution type).
 *
 * @param columns the options of {@code byQuestion}, in order
 * @param rows    one per option of {@code question}, one count per column
 */
public record CrossTable(String question, String byQuestion, List<String> columns, List<Row> rows) {

    public record Row(String option, List<Long> counts) {
    }
}
