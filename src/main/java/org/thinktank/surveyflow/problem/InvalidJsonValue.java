package org.thinktank.surveyflow.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value of the right type that breaks a rule of all input (see {@link InputText}); Jackson adds the field's
 * path as the exception passes up, and {@link JsonErrors} reports it as {@code "path: reason"}.
 */
public class InvalidJsonValue extends JsonMappingException {

    public InvalidJsonValue(JsonParser parser, String reason) {
        super(parser, reason);
    }
}
