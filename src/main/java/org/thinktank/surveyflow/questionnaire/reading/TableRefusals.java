package org.thinktank.surveyflow.questionnaire.reading;

import org.apache.poi.ss.util.CellReference;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;

/** Refusals of a dataset file, each naming where in the file it went wrong when that is known. */
final class TableRefusals {

    static final String FIELD = "file";

    private TableRefusals() {
    }

    static InvalidRequestException file(String code, Object... arguments) {
        return InvalidRequestException.of(InputProblem.of(FIELD, code, arguments));
    }

    /** "row 7: why" / "第 7 行：why". */
    static InvalidRequestException row(long rowNumber, Reason why) {
        return InvalidRequestException.of(InputProblem.of(FIELD, "questionnaire.row", rowNumber, why));
    }

    /**
     * "row 7, column C (question): why" / "第 7 行 C 列（question）：why", or without the question when the column has
     * none; {@code column} counts from 0.
     */
    static InvalidRequestException cell(long rowNumber, int column, String header, Reason why) {
        String letter = CellReference.convertNumToColString(column);
        return InvalidRequestException.of(header.isEmpty()
                ? InputProblem.of(FIELD, "questionnaire.column", rowNumber, letter, why)
                : InputProblem.of(FIELD, "questionnaire.cell", rowNumber, letter, header, why));
    }
}
