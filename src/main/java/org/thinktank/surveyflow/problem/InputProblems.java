package org.thinktank.surveyflow.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The problems a form or body has after binding and validation, one per broken rule: each says which field and,
 * from the constraint and its attributes (not the validator's English), why.
 */
public final class InputProblems {

    private InputProblems() {
    }

    /** The form is named for the type it binds ({@code findingForm}), whatever the page calls its model attribute. */
    public static List<InputProblem> of(BindingResult binding) {
        String form = binding.getTarget() != null ? ProblemMessages.formOf(binding.getTarget().getClass())
                : binding.getObjectName();
        List<InputProblem> problems = new ArrayList<>();
        binding.getFieldErrors().forEach(error -> problems.add(of(error).in(form)));
        binding.getGlobalErrors().forEach(error -> problems.add(ofGlobal(error).in(form)));
        return problems;
    }

    /** A service's problem with a form, shown with the others at the top of the form, its field named by its label. */
    public static ObjectError globalError(String objectName, InputProblem problem) {
        ObjectError error = new ObjectError(objectName, null, null, problem.reason().code());
        error.wrap(problem);
        return error;
    }

    /** A violation found outside binding as a field error that keeps it, so that its reason is the constraint's. */
    public static FieldError fieldError(String objectName, ConstraintViolation<?> violation) {
        FieldError error = new FieldError(objectName, violation.getPropertyPath().toString(), violation.getInvalidValue(),
                false, null, null, violation.getMessage());
        error.wrap(violation);
        return error;
    }

    public static InputProblem of(FieldError error) {
        if (error.contains(InputProblem.class)) {
            return error.unwrap(InputProblem.class);
        }
        if (error.isBindingFailure()) {
            return Expected.mismatch(error.getField(), boundType(error), error.getRejectedValue()).in(error.getObjectName());
        }
        Reason reason = error.contains(ConstraintViolation.class) ? reasonOf(error.unwrap(ConstraintViolation.class), error.getField())
                : InputText.reasonOf(error.getDefaultMessage());
        return new InputProblem(error.getObjectName(), error.getField(), reason);
    }

    /** An error of the form as a whole; one made by {@link #globalError} keeps the field its problem names. */
    public static InputProblem ofGlobal(ObjectError error) {
        if (error.contains(InputProblem.class)) {
            return error.unwrap(InputProblem.class);
        }
        Reason reason = error.contains(ConstraintViolation.class) ? reasonOf(error.unwrap(ConstraintViolation.class), "")
                : InputText.reasonOf(error.getDefaultMessage());
        return new InputProblem(error.getObjectName(), null, reason);
    }

    /** A violation of a method's constraints: the field is the last part of its path (the parameter's name). */
    public static InputProblem of(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = violation.getExecutableParameters() != null || violation.getExecutableReturnValue() != null
                ? path.substring(path.indexOf('.') + 1) : path;
        return new InputProblem(null, field, reasonOf(violation, field));
    }

    static Reason reasonOf(ConstraintViolation<?> violation, String field) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty", "PastOrPresent", "Email" -> Reason.of("constraint." + constraint);
            case "Size" -> size(violation.getInvalidValue(), (Integer) attributes.get("min"), (Integer) attributes.get("max"));
            case "Min", "Max" -> Reason.of("constraint." + constraint, attributes.get("value"));
            case "Digits" -> Reason.of("constraint.Digits", attributes.get("integer"), attributes.get("fraction"));
            case "Pattern" -> Reason.of("constraint.Pattern." + field.substring(field.lastIndexOf('.') + 1));
            case "SingleLine" -> InputText.reasonOf(violation.getMessageTemplate());
            default -> Reason.of("constraint.invalid");
        };
    }

    private static Reason size(Object value, int min, int max) {
        boolean items = value instanceof Collection<?> || value instanceof Map<?, ?> || (value != null && value.getClass().isArray());
        String kind = items ? "items" : "text";
        if (min == 0) {
            return Reason.of("constraint.Size." + kind + ".max", max);
        }
        return max == Integer.MAX_VALUE ? Reason.of("constraint.Size." + kind + ".min", min)
                : Reason.of("constraint.Size." + kind, min, max);
    }

    /**
     * The type a form field could not take: the next-to-last of the error's codes names it
     * ({@code typeMismatch.java.math.BigDecimal}).
     */
    private static Class<?> boundType(FieldError error) {
        String[] codes = error.getCodes();
        if (codes != null && codes.length > 1 && codes[codes.length - 1].equals("typeMismatch")) {
            String typeName = codes[codes.length - 2].substring("typeMismatch.".length());
            if (ClassUtils.isPresent(typeName, InputProblems.class.getClassLoader())) {
                return ClassUtils.resolveClassName(typeName, InputProblems.class.getClassLoader());
            }
        }
        return null;
    }
}
