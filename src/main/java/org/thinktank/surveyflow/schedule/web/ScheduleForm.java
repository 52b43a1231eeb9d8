package org.thinktank.surveyflow.schedule.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.schedule.ScheduleTemplate;

/** The schedule template form, its offsets kept as typed so that the page shows again what was wrong. */
record ScheduleForm(String planOffset, String findingsOffset, String draftOffset, String reviewOffset,
                    String approvalOffset) {

    static ScheduleForm of(ScheduleTemplate template) {
        return new ScheduleForm(String.valueOf(template.planOffset()), String.valueOf(template.findingsOffset()),
                String.valueOf(template.draftOffset()), String.valueOf(template.reviewOffset()),
                String.valueOf(template.approvalOffset()));
    }

    /** Each offset as typed, by its field name, in the order of the steps. */
    Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("planOffset", planOffset);
        typed.put("findingsOffset", findingsOffset);
        typed.put("draftOffset", draftOffset);
        typed.put("reviewOffset", reviewOffset);
        typed.put("approvalOffset", approvalOffset);
        return typed;
    }

    public String value(String field) {
        return typed().get(field);
    }

    /** The offsets that are not whole numbers of days. */
    List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        typed().forEach((field, value) -> {
            if (parse(value) == null) {
                problems.add(InputProblem.of(field, "schedule.error.notNumber", value == null ? "" : value));
            }
        });
        return problems;
    }

    /** The template, for a form without {@link #problems()}. */
    ScheduleTemplate toTemplate() {
        return new ScheduleTemplate(parse(planOffset), parse(findingsOffset), parse(draftOffset), parse(reviewOffset),
                parse(approvalOffset));
    }

    private static Integer parse(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
