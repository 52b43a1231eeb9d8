package org.thinktank.surveyflow.questionnaire;

import java.util.Set;

/** An answer cell as a summary reads it. */
final class Answers {

    /** What Wenjuanxing writes for a question skipped by its logic or left empty: no answer. */
    private static final Set<String> NO_ANSWER = Set.of("(跳过)", "(空)", "（跳过）", "（空）");

    private Answers() {
    }

    /** The answer, blank when there is none. */
    static String of(String cell) {
        String answer = cell.strip();
        return NO_ANSWER.contains(answer) ? "" : answer;
    }

    /** A number on an integer scale as the scale's point ("4.0" is point "4"). */
    static String scalePoint(String answer) {
        try {
            double value = Double.parseDouble(answer);
            return value == Math.rint(value) ? String.valueOf((long) value) : answer;
        } catch (NumberFormatException e) {
            return answer;
        }
    }
}
