package org.thinktank.surveyflow.report.web;

import java.util.List;
import java.util.Map;

import org.thinktank.surveyflow.review.ResponseText;

/** The lead's answers as the revise page posts them: {@code response[reviewId]=text}. */
record ResponsesForm(Map<Long, String> response) {

    ResponsesForm {
        response = response == null ? Map.of() : response;
    }

    List<ResponseText> texts() {
        return response.entrySet().stream().map(entry -> new ResponseText(entry.getKey(), entry.getValue())).toList();
    }
}
