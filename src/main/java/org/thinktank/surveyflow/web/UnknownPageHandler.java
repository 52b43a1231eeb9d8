package org.thinktank.surveyflow.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A browser asking for an address that does not exist gets the error page in the layout, not the API's problem
 * JSON. Only for requests that accept HTML outside {@code /api}; the API answers as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPageHandler {

    @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownPage(NoResourceFoundException e, HttpServletRequest request, Model model)
            throws NoResourceFoundException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        model.addAttribute("error", "There is no page " + request.getRequestURI());
        return "error";
    }
}
