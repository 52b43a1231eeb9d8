package org.thinktank.surveyflow.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.Reason;

/**
 * A meeting's deadlines counted back from its first day: each step's offset in days (negative, before the meeting).
 * The steps come in order, each due after the one before, and approval at the latest on the meeting day.
 */
public record ScheduleTemplate(@NotNull Integer planOffset, @NotNull Integer findingsOffset,
                               @NotNull Integer draftOffset, @NotNull Integer reviewOffset,
                               @NotNull Integer approvalOffset) {

    /** The earliest offset: two years before the meeting. */
    public static final int EARLIEST = -730;

    /** Each offset by its field name, in the order of the steps. */
    public Map<String, Integer> offsets() {
        Map<String, Integer> offsets = new LinkedHashMap<>();
        offsets.put("planOffset", planOffset);
        offsets.put("findingsOffset", findingsOffset);
        offsets.put("draftOffset", draftOffset);
        offsets.put("reviewOffset", reviewOffset);
        offsets.put("approvalOffset", approvalOffset);
        return offsets;
    }

    /** What is wrong with the offsets, naming each offset out of order and the one it should follow. */
    public List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        String before = null;
        for (Map.Entry<String, Integer> offset : offsets().entrySet()) {
            String field = offset.getKey();
            if (offset.getValue() < EARLIEST) {
                problems.add(InputProblem.of(field, "schedule.error.tooEarly", -EARLIEST));
            }
            if (before != null && offset.getValue() <= offsets().get(before)) {
                problems.add(InputProblem.of(field, "schedule.error.order", new Reason.Label(null, before)));
            }
            before = field;
        }
        if (approvalOffset > 0) {
            problems.add(InputProblem.of("approvalOffset", "schedule.error.afterMeeting"));
        }
        return problems;
    }

    static String dueDateName(String offsetField) {
        return offsetField.replace("Offset", "Due");
    }
}
