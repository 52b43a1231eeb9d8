package org.thinktank.surveyflow.problem;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.util.ClassUtils;

/**
 * What a field takes, in the words of its readers rather than of Java: "a whole number", "a date like 2026-12-01",
 * "one of Questionnaire, Interview, …" (by the values' labels). Refusals of values of the wrong type say this and never
 * name a class.
 */
public final class Expected {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");

    private Expected() {
    }

    @SuppressWarnings("unchecked")
    public static Reason of(Class<?> type) {
        if (type == null) {
            return Reason.of("expected.value");
        }
        Class<?> t = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (t.isEnum()) {
            return Reason.of("expected.oneOf", new Reason.Choices((Class<? extends Enum<?>>) t));
        }
        return Reason.of("expected." + kind(t));
    }

    private static String kind(Class<?> t) {
        if (CharSequence.class.isAssignableFrom(t) || t == Character.class) {
            return "text";
        }
        if (isWholeNumber(t)) {
            return "wholeNumber";
        }
        if (Number.class.isAssignableFrom(t)) {
            return "number";
        }
        if (t == Boolean.class) {
            return "boolean";
        }
        if (t == LocalDate.class) {
            return "date";
        }
        if (t == Duration.class) {
            return "duration";
        }
        if (Temporal.class.isAssignableFrom(t)) {
            return "dateTime";
        }
        if (t == UUID.class) {
            return "id";
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return "list";
        }
        return "object";
    }

    /**
     * A field's value that is not of its type, e.g. "调研编号：必须是整数，而不是 'abc'" or "Method: 'GUESSWORK' is not one
     * of Questionnaire, …"; {@code field} is null for a value that is the whole request body.
     */
    public static InputProblem mismatch(String field, Class<?> type, Object value) {
        return new InputProblem(null, field, reason(type, value));
    }

    private static Reason reason(Class<?> type, Object value) {
        if (value == null) {
            return Reason.of("mismatch.missing", of(type));
        }
        if ((value instanceof Double d && d.isInfinite()) || (value instanceof Float f && f.isInfinite())) {
            return Reason.of("mismatch.outOfRange");
        }
        if (type != null && type.isEnum()) {
            return Reason.of("mismatch.notOneOf", InputText.quote(value), of(type));
        }
        if (type != null && isWholeNumber(ClassUtils.resolvePrimitiveIfNecessary(type))
                && WHOLE_NUMBER.matcher(String.valueOf(value).strip()).matches()) {
            return Reason.of("mismatch.valueOutOfRange", InputText.quote(value));
        }
        return Reason.of("mismatch.wrong", of(type), InputText.quote(value));
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class;
    }
}
