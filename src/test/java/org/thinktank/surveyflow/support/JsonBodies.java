package org.thinktank.surveyflow.support;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Request bodies as maps: a valid form as JSON would carry it, with some fields replaced. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The form's fields, then each (name, value) pair of {@code overrides} put over them. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(ObjectMapper json, Object form, Object... overrides) {
        Map<String, Object> body = new HashMap<>(json.convertValue(form, Map.class));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }
}
