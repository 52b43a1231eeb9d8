package org.thinktank.surveyflow.problem;

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
 * Says in one line which field of a JSON body could not be read, and why, in the words of the API: what the field
 * takes and what it got. Never a Java type, a class name or a parser's internals.
 */
public final class JsonErrors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern SHAPE = Pattern.compile("from (Array|Object|String|Integer|Floating-point|Boolean) value");

    private JsonErrors() {
    }

    public static String describe(Throwable cause) {
        if (cause == null) {
            return "The request needs a JSON body";
        }
        String path = cause instanceof JsonMappingException mapping ? path(mapping) : "";
        InvalidJsonValue refused = find(cause, InvalidJsonValue.class);
        if (refused != null) {
            return located(path, refused.getOriginalMessage());
        }
        StreamConstraintsException limit = find(cause, StreamConstraintsException.class);
        if (limit != null) {
            return limits(limit);
        }
        InputCoercionException outOfRange = find(cause, InputCoercionException.class);
        if (outOfRange != null) {
            return located(path, "is out of range for " + Expected.of(outOfRange.getTargetType()));
        }
        StreamReadException unreadable = find(cause, StreamReadException.class);
        if (unreadable != null) {
            return unreadable(unreadable);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return path + ": unknown field; allowed fields are " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.toList());
        }
        if (cause instanceof MismatchedInputException mismatch && String.valueOf(mismatch.getOriginalMessage())
                .startsWith("Trailing token")) {
            return "The request body must be one JSON value; something follows it";
        }
        if (cause instanceof InvalidFormatException format) {
            return located(path, Expected.mismatch(null, format.getTargetType(), format.getValue()));
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return located(path, "must be " + Expected.of(mismatch.getTargetType()) + shape(mismatch));
        }
        return located(path, "has a value that cannot be read");
    }

    private static String located(String path, String problem) {
        if (!path.isEmpty()) {
            return path + ": " + problem;
        }
        return "The request body" + (problem.startsWith("must ") || problem.startsWith("is ") || problem.startsWith("has ")
                ? " " : ": ") + problem;
    }

    private static String shape(MismatchedInputException e) {
        Matcher shape = SHAPE.matcher(String.valueOf(e.getOriginalMessage()));
        if (!shape.find()) {
            return "";
        }
        return ", not " + switch (shape.group(1)) {
            case "Array" -> "a list";
            case "Object" -> "an object";
            case "String" -> "text";
            case "Boolean" -> "true or false";
            default -> "a number";
        };
    }

    private static String limits(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nesting depth")) {
            return "The request body nests objects and lists too deeply";
        }
        if (message.contains("Number value length")) {
            return "The request body has a number with too many digits";
        }
        if (message.contains("String value length")) {
            return "The request body has a text that is too long";
        }
        return "The request body is too large or too complex";
    }

    private static String unreadable(StreamReadException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return duplicate.group(1) + ": appears more than once in the request body";
        }
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-16") || message.contains("Invalid UTF-32")) {
            return "The request body is not valid UTF-8 text" + at(e.getLocation());
        }
        if (message.contains("end-of-input")) {
            return "The request body is not valid JSON: it ends too early";
        }
        return "The request body is not valid JSON" + at(e.getLocation());
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        Set<Throwable> seen = new java.util.HashSet<>();
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
}
