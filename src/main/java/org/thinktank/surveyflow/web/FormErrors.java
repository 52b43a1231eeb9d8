package org.thinktank.surveyflow.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.thinktank.surveyflow.problem.Expected;

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
                    .add(error.isBindingFailure() ? bindingFailure(error) : error.getDefaultMessage());
        }
        List<String> global = binding.getGlobalErrors().stream().map(ObjectError::getDefaultMessage).toList();
        return new FormErrors(fields, global);
    }

    /**
     * A value the form could not take, e.g. "must be a number": the field's type is the next-to-last of the error's
     * codes ({@code typeMismatch.java.math.BigDecimal}); nothing of it is shown but what it takes.
     */
    private static String bindingFailure(FieldError error) {
        String[] codes = error.getCodes();
        Class<?> type = null;
        if (codes != null && codes.length > 1 && codes[codes.length - 1].equals("typeMismatch")) {
            String typeName = codes[codes.length - 2].substring("typeMismatch.".length());
            if (ClassUtils.isPresent(typeName, FormErrors.class.getClassLoader())) {
                type = ClassUtils.resolveClassName(typeName, FormErrors.class.getClassLoader());
            }
        }
        return type == null ? "has a value that cannot be read" : "must be " + Expected.of(type);
    }

    /**
     * Every error at the top, each field's prefixed with its name ({@code "findingsDue: must be a date like …"}), for
     * forms that show no errors under their fields.
     */
    public static FormErrors atTop(BindingResult binding) {
        FormErrors errors = of(binding);
        List<String> global = new ArrayList<>();
        errors.fields().forEach((field, messages) -> messages.forEach(message -> global.add(field + ": " + message)));
        global.addAll(errors.global());
        return new FormErrors(Map.of(), global);
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

    /** One line of the summary at the top of a form: the message and the id of its field, or null for the form. */
    public record SummaryLine(String field, String message) {

        /** The id of the field's element: its name, a list item's {@code figures[0].name} as {@code figures-0-name}. */
        public String anchor() {
            return field == null ? null : field.replaceAll("\\[(\\d+)]\\.?", "-$1-").replaceAll("-$", "");
        }
    }

    /** Every error for the summary at the top of a form: the fields' in the order they failed, then the form's. */
    public List<SummaryLine> summary() {
        List<SummaryLine> lines = new ArrayList<>();
        fields.forEach((field, messages) -> messages.forEach(message -> lines.add(new SummaryLine(field, message))));
        global.forEach(message -> lines.add(new SummaryLine(null, message)));
        return lines;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public boolean any() {
        return !fields.isEmpty() || !global.isEmpty();
    }
}
