package org.thinktank.surveyflow.adoption;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.thinktank.surveyflow.problem.InputProblem;

/**
 * What a step must say to be recorded: the fields its kind needs, a day between the report's approval (a
 * recommendation may be sent before the meeting, never before it existed) and today, not before the step before
 * it, and an http or https link.
 */
final class StepRules {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https");

    private StepRules() {
    }

    static List<InputProblem> problems(StepForm form, LocalDate trackedOn, LocalDate lastStepOn, LocalDate today) {
        List<InputProblem> problems = new ArrayList<>();
        AdoptionStep step = form.step();
        if (step.on().isAfter(today)) {
            problems.add(InputProblem.of("on", "adoption.error.future", today.toString()));
        } else if (step.on().isBefore(trackedOn)) {
            problems.add(InputProblem.of("on", "adoption.error.beforeApproval", trackedOn.toString()));
        } else if (lastStepOn != null && step.on().isBefore(lastStepOn)) {
            problems.add(InputProblem.of("on", "adoption.error.beforeLastStep", lastStepOn.toString()));
        }
        switch (step.kind()) {
            case SENT -> required(problems, "agency", step.agency());
            case INSTRUCTION -> {
                // "by" alone is the question a dataset is cross-tabulated by
                if (step.by().isEmpty()) {
                    problems.add(InputProblem.of("by", "adoption.error.required").in("stepForm"));
                }
                if (form.level() == null) {
                    problems.add(InputProblem.of("level", "adoption.error.required"));
                }
                required(problems, "text", step.text());
            }
            case ADOPTED -> {
                required(problems, "document", step.document());
                if (!step.link().isEmpty() && !isWebAddress(step.link())) {
                    problems.add(InputProblem.of("link", "adoption.error.link"));
                }
            }
            case DECLINED -> {
                required(problems, "agency", step.agency());
                required(problems, "text", step.text());
            }
        }
        return problems;
    }

    private static void required(List<InputProblem> problems, String field, String value) {
        if (value.isEmpty()) {
            problems.add(InputProblem.of(field, "adoption.error.required"));
        }
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return uri.getScheme() != null && LINK_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
