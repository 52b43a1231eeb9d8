package org.thinktank.surveyflow.questionnaire.reading;

import java.util.regex.Pattern;

import org.thinktank.surveyflow.problem.Reason;

/**
 * Refuses a cell that Excel would run as a formula when an organizer opens the kept file: one starting with = or @,
 * or with + or - followed by anything but a number. A signed number ("-3", "+2.5"), a phone number ("+86 138 0000
 * 0000") and a lone "-" pass: digits, spaces and number punctuation cannot call a function or another program.
 */
final class CellGuard {

    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9 .,()%+-]*");

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
        return (first == '+' || first == '-') && !SIGNED_NUMBER.matcher(value).matches();
    }

    static void check(long rowNumber, int column, String header, String value) {
        if (isFormulaLike(value)) {
            throw TableRefusals.cell(rowNumber, column, header, Reason.of("questionnaire.formulaText"));
        }
    }
}
