package org.thinktank.surveyflow.problem;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.language.ReaderLanguage;

/**
 * Writes RFC 9457 problem JSON where no controller is involved (the filters and the security chains), in the
 * request's language ({@link ReaderLanguage}): Spring MVC's locale resolver has not run yet.
 */
@Component
public class ProblemWriter {

    private final ObjectMapper objectMapper;
    private final ProblemMessages messages;

    ProblemWriter(ObjectMapper objectMapper, ProblemMessages messages) {
        this.objectMapper = objectMapper;
        this.messages = messages;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Reason reason)
            throws IOException {
        Locale locale = ReaderLanguage.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.text(reason, locale));
        problem.setTitle(messages.textOr("problem." + status.value(), status.getReasonPhrase(), locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
