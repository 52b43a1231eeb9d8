package org.thinktank.surveyflow.problem;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Says in one line which field of a JSON body could not be read, and why. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return path(unknown) + ": unknown field; allowed fields are " + unknown.getKnownPropertyIds();
        }
        if (cause instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            String expected = target.isEnum()
                    ? "one of " + List.of(target.getEnumConstants())
                    : "a valid " + target.getSimpleName();
            return path(format) + ": '" + format.getValue() + "' is not " + expected;
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return path(mapping) + ": " + mapping.getOriginalMessage();
        }
        return "The request body is not valid JSON";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
