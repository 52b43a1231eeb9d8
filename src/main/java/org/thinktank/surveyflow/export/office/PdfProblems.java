package org.thinktank.surveyflow.export.office;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A PDF that cannot be made now is a 503 in the reader's language, not a server error. */
// before the catch-all handler of Exception in the problem package
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class PdfProblems {

    private static final Logger log = LoggerFactory.getLogger(PdfProblems.class);

    private final MessageSource messages;

    PdfProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PdfUnavailableException.class)
    ProblemDetail unavailable(PdfUnavailableException e, Locale locale) {
        log.warn("No PDF: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage(e.messageKey(), null, locale));
    }
}
