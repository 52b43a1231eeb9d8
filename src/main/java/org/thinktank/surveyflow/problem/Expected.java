package org.thinktank.surveyflow.problem;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.util.ClassUtils;

/**
 * What a field takes, in the words of its callers rather than of Java: "a whole number", "a date like 2026-12-01",
 * "one of [ACCEPT, REJECT]". Refusals of values of the wrong type say this and never name a class.
 */
public final class Expected {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");

    private Expected() {
    }

    public static String of(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        Class<?> t = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (t.isEnum()) {
            return "one of " + List.of(t.getEnumConstants());
        }
        if (CharSequence.class.isAssignableFrom(t) || t == Character.class) {
            return "text";
        }
        if (isWholeNumber(t)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(t)) {
            return "a number";
        }
        if (t == Boolean.class) {
            return "true or false";
        }
        if (t == LocalDate.class) {
            return InputText.DATE;
        }
        if (t == Duration.class) {
            return "a duration like P2D (ISO 8601)";
        }
        if (Temporal.class.isAssignableFrom(t)) {
            return "a date and time like 2026-12-01T10:00:00Z";
        }
        if (t == UUID.class) {
            return "an id like 3f2b6a1e-8c1d-4f5e-9a7b-2c4d6e8f0a1b";
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return "a list";
        }
        return "an object";
    }

    /**
     * A field's value that is not of its type, e.g. {@code "surveyId: must be a whole number, not 'abc'"} or
     * {@code "method: 'GUESSWORK' is not one of [QUESTIONNAIRE, …]"}.
     */
    public static String mismatch(String field, Class<?> type, Object value) {
        String prefix = field == null || field.isEmpty() ? "" : field + ": ";
        if (value == null) {
            return prefix + "must be " + of(type);
        }
        if ((value instanceof Double d && d.isInfinite()) || (value instanceof Float f && f.isInfinite())) {
            return prefix + "is out of range";
        }
        if (type != null && type.isEnum()) {
            return prefix + InputText.quote(value) + " is not " + of(type);
        }
        if (type != null && isWholeNumber(ClassUtils.resolvePrimitiveIfNecessary(type))
                && WHOLE_NUMBER.matcher(String.valueOf(value).strip()).matches()) {
            return prefix + InputText.quote(value) + " is out of range";
        }
        return prefix + "must be " + of(type) + ", not " + InputText.quote(value);
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class;
    }
}
