package org.thinktank.surveyflow.adoption.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.thinktank.surveyflow.adoption.AdoptionStep;
import org.thinktank.surveyflow.adoption.InstructionLevel;
import org.thinktank.surveyflow.adoption.StepForm;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;

/** A step as the page's form posts it: text fields, turned into a {@link StepForm} or refused field by field. */
record StepFields(String kind, String on, String agency, String by, String level, String text, String document,
                  String link) {

    StepForm form() {
        List<InputProblem> problems = new ArrayList<>();
        AdoptionStep.Kind stepKind = constant(AdoptionStep.Kind.class, kind);
        if (stepKind == null) {
            problems.add(InputProblem.of("kind", "adoption.error.required"));
        }
        LocalDate day = null;
        try {
            day = on == null || on.isBlank() ? null : LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            problems.add(InputProblem.of("on", "adoption.error.required"));
        }
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
        return new StepForm(stepKind, day, agency, by, constant(InstructionLevel.class, level), text, document, link);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst().orElse(null);
    }
}
