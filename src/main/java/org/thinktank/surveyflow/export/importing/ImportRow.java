package org.thinktank.surveyflow.export.importing;

import java.util.Map;

import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.survey.LaunchRequest;

/**
 * One investigation read from the sheet.
 *
 * @param rowNumber the row as a spreadsheet shows it, counting from 1 with the header
 * @param columnLetters where each column is in this sheet, for error messages
 */
record ImportRow(int rowNumber, LaunchRequest request, Map<ImportColumn, String> columnLetters) {

    /** A problem of one cell: "row 3, column F (reviewers): why" / "第 3 行 F 列（reviewers）：why". */
    InputProblem at(ImportColumn column, Reason why) {
        return cell(rowNumber, columnLetters.get(column), column, why);
    }

    static InputProblem cell(int rowNumber, String letter, ImportColumn column, Reason why) {
        return InputProblem.ofRequest("import.cell", rowNumber, letter, column.header(), why);
    }

    static InputProblem row(int rowNumber, Reason why) {
        return InputProblem.ofRequest("import.row", rowNumber, why);
    }
}
