package org.thinktank.surveyflow.adoption;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.thinktank.surveyflow.problem.InputProblem;

/** A meeting's follow-up points: months after its first day, ascending, each from 1 to 36, at most 12 of them. */
public record FollowUpPoints(@NotNull List<Integer> months) {

    public static final int FIRST = 1;
    public static final int LAST = 36;
    private static final int MOST = 12;
    private static final String FIELD = "months";

    public List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        if (months.isEmpty() || months.size() > MOST) {
            problems.add(InputProblem.of(FIELD, "followUp.error.count", MOST));
            return problems;
        }
        Integer before = null;
        for (Integer month : months) {
            if (month == null || month < FIRST || month > LAST) {
                problems.add(InputProblem.of(FIELD, "followUp.error.range", FIRST, LAST));
                return problems;
            }
            if (before != null && month <= before) {
                problems.add(InputProblem.of(FIELD, "followUp.error.order"));
                return problems;
            }
            before = month;
        }
        return problems;
    }
}
