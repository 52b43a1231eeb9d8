package org.thinktank.surveyflow.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One thing wrong with a request's input: the field as the client named it (its path, such as
 * {@code figures[0].value}, or null when the problem is with the request as a whole), the form (object) it belongs
 * to when known, such as {@code findingForm}, and why.
 */
public record InputProblem(String form, String field, Reason reason) {

    public static InputProblem of(String field, String code, Object... arguments) {
        return new InputProblem(null, field, Reason.of(code, arguments));
    }

    public static InputProblem ofRequest(String code, Object... arguments) {
        return new InputProblem(null, null, Reason.of(code, arguments));
    }

    public InputProblem in(String form) {
        return new InputProblem(form, field, reason);
    }

    /** The values the field takes, as clients send them, when it takes one of a few. */
    public Optional<List<String>> allowed() {
        return allowedIn(reason);
    }

    private static Optional<List<String>> allowedIn(Reason reason) {
        for (Object argument : reason.arguments()) {
            if (argument instanceof Reason.Choices choices) {
                return Optional.of(Arrays.stream(choices.type().getEnumConstants()).map(Enum::name).toList());
            }
            if (argument instanceof Reason.Values values) {
                return Optional.of(values.values());
            }
            if (argument instanceof Reason inner && allowedIn(inner).isPresent()) {
                return allowedIn(inner);
            }
        }
        return Optional.empty();
    }
}
