package org.thinktank.surveyflow.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.ProblemMessages;

/**
 * A form's errors as templates show them, in the page's language: per field, under the field, and the rest at the
 * top. Where a field's name is shown (the fields inside a list, forms that show every error at the top), its label
 * is shown: {@code labelled} has each field's errors as "Label: why". Templates read the form's values from the form record itself, so no bean property
 * access is needed on records.
 */
public record FormErrors(Map<String, List<String>> fields, List<String> global, Map<String, List<String>> labelled) {

    public static final String ATTRIBUTE = "errors";

    public FormErrors(Map<String, List<String>> fields, List<String> global) {
        this(fields, global, Map.of());
    }

    public static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    /** The binding's errors, each saying why in the language of the request being answered. */
    public static FormErrors of(BindingResult binding) {
        ProblemMessages messages = messagesOfThisRequest();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, List<String>> labelled = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        String form = formOf(binding);
        for (FieldError error : binding.getFieldErrors()) {
            InputProblem problem = InputProblems.of(error).in(form);
            fields.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(messages.text(problem.reason(), locale));
            labelled.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(messages.describe(problem, locale));
        }
        for (ObjectError error : binding.getGlobalErrors()) {
            global.add(messages.describe(InputProblems.ofGlobal(error).in(form), locale));
        }
        return new FormErrors(fields, global, labelled);
    }

    /** Every error at the top, each field's prefixed with its label, for forms that show no errors under their fields. */
    public static FormErrors atTop(BindingResult binding) {
        FormErrors errors = of(binding);
        List<String> global = new ArrayList<>();
        errors.fields().keySet().forEach(field -> global.addAll(errors.labelled(field)));
        global.addAll(errors.global());
        return new FormErrors(Map.of(), global);
    }

    public List<String> of(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** The errors of the fields inside a list field, such as {@code figures[0].name}, each prefixed with its label. */
    public List<String> inside(String listField) {
        return fields.keySet().stream().filter(field -> field.startsWith(listField + "["))
                .flatMap(field -> labelled(field).stream()).toList();
    }

    /** One line of the summary at the top of a form: the message and the id of its field, or null for the form. */
    public record SummaryLine(String field, String message) {

        /** The id of the field's element: its name, a list item's {@code figures[0].name} as {@code figures-0-name}. */
        public String anchor() {
            return field == null ? null : field.replaceAll("\\[(\\d+)]\\.?", "-$1-").replaceAll("-$", "");
        }
    }

    /**
     * Every error for the summary at the top of a form: the fields' in the order they failed, each with its label
     * ("标题：不能为空"), then the form's.
     */
    public List<SummaryLine> summary() {
        List<SummaryLine> lines = new ArrayList<>();
        fields.keySet().forEach(field -> labelled(field).forEach(message -> lines.add(new SummaryLine(field, message))));
        global.forEach(message -> lines.add(new SummaryLine(null, message)));
        return lines;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public boolean any() {
        return !fields.isEmpty() || !global.isEmpty();
    }

    /** A field's errors with its label, or with its name where no label was made for it. */
    private List<String> labelled(String field) {
        return labelled.getOrDefault(field, of(field).stream().map(message -> field + ": " + message).toList());
    }

    private static String formOf(BindingResult binding) {
        return binding.getTarget() != null ? ProblemMessages.formOf(binding.getTarget().getClass()) : binding.getObjectName();
    }

    private static ProblemMessages messagesOfThisRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            WebApplicationContext context = RequestContextUtils.findWebApplicationContext(request.getRequest());
            if (context != null) {
                return context.getBean(ProblemMessages.class);
            }
        }
        throw new IllegalStateException("Form errors are made while a request is answered");
    }
}
