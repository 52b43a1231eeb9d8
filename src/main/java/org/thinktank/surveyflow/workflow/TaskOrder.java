package org.thinktank.surveyflow.workflow;

import java.util.Arrays;
import java.util.Locale;

import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;

/** How a task list is sorted by due date: {@code sort=due} the soonest first, {@code sort=-due} the latest first. */
public enum TaskOrder {
    DUE("due"), DUE_LAST_FIRST("-due");

    private final String param;

    TaskOrder(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The order a {@code sort} parameter names, or null for none. */
    public static TaskOrder ofParam(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        String wanted = sort.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(order -> order.param.equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidRequestException.of(InputProblem.of("sort", "mismatch.notOneOf",
                        InputText.quote(sort.strip()), Reason.of("expected.oneOf", new Reason.Values(
                                Arrays.stream(values()).map(TaskOrder::param).toList(),
                                Arrays.stream(values()).map(order -> Reason.of("enum.TaskOrder." + order.name())).toList())))));
    }
}
