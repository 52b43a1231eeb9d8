package org.thinktank.surveyflow.problem;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why something was refused, as a message of the bundles and its arguments, so that each reader gets it in their
 * own language. An argument may itself be a {@link Reason}, a field's {@link Label}, the {@link Choices} of an enum
 * or an enum constant: {@link ProblemMessages} puts each in the reader's words.
 */
public record Reason(String code, Object[] arguments) implements MessageSourceResolvable {

    public static Reason of(String code, Object... arguments) {
        return new Reason(code, arguments.clone());
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The code itself, so that a missing message shows which one is missing rather than failing the request. */
    @Override
    public String getDefaultMessage() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reason that && code.equals(that.code) && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return arguments.length == 0 ? code : code + Arrays.toString(arguments);
    }

    /** Another field, named by its label: "must not be before {0}" with the label of {@code draftDue}. */
    public record Label(String form, String field) {
    }

    /** The values an enum field takes, named by their labels. */
    public record Choices(Class<? extends Enum<?>> type) {
    }

    /** The values a text field takes, as clients send them, each with the label a person reads. */
    public record Values(List<String> values, List<Reason> labels) {
    }
}
