package org.thinktank.surveyflow.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form's errors as templates show them: per field, under the field, and the rest at the top. Templates read
 * the form's values from the form record itself, so no bean property access is needed on records.
 */
public record FormErrors(Map<String, List<String>> fields, List<String> global) {

    public static final String ATTRIBUTE = "errors";

    public static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    public static FormErrors of(BindingResult binding) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            fields.computeIfAbsent(error.getField(), field -> new ArrayList<>())
                    .add(error.isBindingFailure() ? "has an invalid value" : error.getDefaultMessage());
        }
        List<String> global = binding.getGlobalErrors().stream().map(ObjectError::getDefaultMessage).toList();
        return new FormErrors(fields, global);
    }

    public List<String> of(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** The errors of the fields inside a list field, such as {@code figures[0].name}, each prefixed with its field. */
    public List<String> inside(String listField) {
        return fields.entrySet().stream().filter(entry -> entry.getKey().startsWith(listField + "["))
                .flatMap(entry -> entry.getValue().stream().map(message -> entry.getKey() + ": " + message))
                .toList();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public boolean any() {
        return !fields.isEmpty() || !global.isEmpty();
    }
}
