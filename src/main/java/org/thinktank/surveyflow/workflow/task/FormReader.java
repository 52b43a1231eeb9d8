package org.thinktank.surveyflow.workflow.task;

import java.util.Comparator;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.JsonErrors;

/** Reads a task's fields from JSON into its form type and checks them as a request body would be checked. */
@Component
class FormReader {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    FormReader(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    <F> F read(JsonNode fields, Class<F> formType) {
        F form;
        try {
            form = objectMapper.treeToValue(fields == null || fields.isNull() ? objectMapper.createObjectNode() : fields,
                    formType);
        } catch (JsonProcessingException e) {
            throw InvalidRequestException.of(JsonErrors.describe(e));
        }
        Set<ConstraintViolation<F>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw InvalidRequestException.of(violations.stream().map(InputProblems::of)
                    .sorted(Comparator.comparing(InputProblem::field)).toList());
        }
        return form;
    }
}
