package org.thinktank.surveyflow.export.importing;

import java.util.Map;

import org.thinktank.surveyflow.survey.LaunchRequest;

/**
 * One investigation read from the sheet.
 *
 * @param rowNumber the row as a spreadsheet shows it, counting from 1 with the header
 * @param columnLetters where each column is in this sheet, for error messages
 */
record ImportRow(int rowNumber, LaunchRequest request, Map<ImportColumn, String> columnLetters) {

    String at(ImportColumn column) {
        return "row " + rowNumber + ", column " + columnLetters.get(column) + " (" + column.header() + ")";
    }
}
