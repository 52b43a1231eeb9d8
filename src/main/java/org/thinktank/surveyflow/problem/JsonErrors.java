package org.thinktank.surveyflow.problem;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says which field of a JSON body could not be read, and why, in the words of the API: what the field takes and
 * what it got. Never a Java type, a class name or a parser's internals. The field is its path in the body
 * ({@code figures[0].value}); a problem with the body as a whole has none.
 */
public final class JsonErrors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern SHAPE = Pattern.compile("from (Array|Object|String|Integer|Floating-point|Boolean) value");

    private JsonErrors() {
    }

    public static InputProblem describe(Throwable cause) {
        if (cause == null) {
            return InputProblem.ofRequest("json.missing");
        }
        String path = cause instanceof JsonMappingException mapping ? path(mapping) : "";
        String form = cause instanceof JsonMappingException mapping ? form(mapping) : null;
        InvalidJsonValue refused = find(cause, InvalidJsonValue.class);
        if (refused != null) {
            return located(form, path, InputText.reasonOf(refused.getOriginalMessage()));
        }
        StreamConstraintsException limit = find(cause, StreamConstraintsException.class);
        if (limit != null) {
            return InputProblem.ofRequest(limits(limit));
        }
        InputCoercionException outOfRange = find(cause, InputCoercionException.class);
        if (outOfRange != null) {
            return located(form, path, Reason.of("mismatch.outOfRangeFor", Expected.of(outOfRange.getTargetType())));
        }
        StreamReadException unreadable = find(cause, StreamReadException.class);
        if (unreadable != null) {
            return unreadable(unreadable);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new InputProblem(form, path, Reason.of("json.unknownField", unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "))));
        }
        if (cause instanceof MismatchedInputException mismatch && String.valueOf(mismatch.getOriginalMessage())
                .startsWith("Trailing token")) {
            return InputProblem.ofRequest("json.trailing");
        }
        if (cause instanceof InvalidFormatException format) {
            return Expected.mismatch(orBody(path), format.getTargetType(), format.getValue()).in(form);
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String shape = shape(mismatch);
            Reason expected = Expected.of(mismatch.getTargetType());
            return located(form, path, shape == null ? Reason.of("mismatch.missing", expected)
                    : Reason.of("mismatch.shape", expected, Reason.of("json.shape." + shape)));
        }
        return located(form, path, Reason.of("json.unreadableValue"));
    }

    /** The body itself is named {@code body} (its label "The request body"). */
    private static InputProblem located(String form, String path, Reason reason) {
        return new InputProblem(form, orBody(path), reason);
    }

    private static String orBody(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static String shape(MismatchedInputException e) {
        Matcher shape = SHAPE.matcher(String.valueOf(e.getOriginalMessage()));
        if (!shape.find()) {
            return null;
        }
        return switch (shape.group(1)) {
            case "Array" -> "list";
            case "Object" -> "object";
            case "String" -> "text";
            case "Boolean" -> "boolean";
            default -> "number";
        };
    }

    private static String limits(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nesting depth")) {
            return "json.tooDeep";
        }
        if (message.contains("Number value length")) {
            return "json.numberTooLong";
        }
        if (message.contains("String value length")) {
            return "json.textTooLong";
        }
        return "json.tooLarge";
    }

    private static InputProblem unreadable(StreamReadException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return InputProblem.of(duplicate.group(1), "json.duplicate");
        }
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-16") || message.contains("Invalid UTF-32")) {
            return at("json.notUtf8", e.getLocation());
        }
        if (message.contains("end-of-input")) {
            return InputProblem.ofRequest("json.endsEarly");
        }
        return at("json.invalid", e.getLocation());
    }

    private static InputProblem at(String code, JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? InputProblem.ofRequest(code)
                : InputProblem.ofRequest(code + ".at", location.getLineNr(), location.getColumnNr());
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The form the body is read as ({@code findingForm}), for labels that differ from form to form. */
    private static String form(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return null;
        }
        Object from = e.getPath().get(0).getFrom();
        return ProblemMessages.formOf(from instanceof Class<?> type ? type : from == null ? null : from.getClass());
    }
}
