package org.thinktank.surveyflow.questionnaire;

import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;

/** Rules about the questions of a summary that the choices of tables and figures share. */
final class Questions {

    private Questions() {
    }

    /** The question of that name, or a 400 naming the field that named it. */
    static QuestionSummary require(DatasetView view, String field, String question) {
        QuestionSummary summary = question == null ? null : view.question(question);
        if (summary == null) {
            throw InvalidRequestException.of(InputProblem.of(field, "dataset.noQuestion", String.valueOf(question),
                    view.dataset().title()));
        }
        return summary;
    }

    /** Whether answers of this kind are counted per option (so can be shares, tables and charts). */
    static boolean isCounted(QuestionKind kind) {
        return kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE || kind == QuestionKind.LIKERT;
    }
}
