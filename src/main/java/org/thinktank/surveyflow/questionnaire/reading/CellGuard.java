package org.thinktank.surveyflow.questionnaire.reading;

import java.util.regex.Pattern;

import org.thinktank.surveyflow.problem.Reason;

/**
 * Refuses a cell that Excel would run as a formula when an organizer opens the kept file: one starting with = or @,
 * or with + or - not followed by a number. A lone "+" or "-" is plain text to Excel and passes.
 */
final class CellGuard {

    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]\\s*[0-9.].*", Pattern.DOTALL);

    private CellGuard() {
    }

    static boolean isFormulaLike(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        return (first == '+' || first == '-') && value.length() > 1 && !SIGNED_NUMBER.matcher(value).matches();
    }

    static void check(long rowNumber, int column, String header, String value) {
        if (isFormulaLike(value)) {
            throw TableRefusals.cell(rowNumber, column, header, Reason.of("questionnaire.formulaText"));
        }
    }
}
