package org.thinktank.surveyflow.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.Expected;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.problem.Reason;

/**
 * Shows the services' refusals on pages as an error page with the service's message, in the page's language, and
 * the matching status.
 * Applies to {@link PageController}s only; the API keeps its problem JSON.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    static final String VIEW = "problem";

    private final ProblemMessages messages;

    PageExceptionHandler(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model, HttpServletRequest request, Locale locale) {
        return show(request, model, HttpStatus.NOT_FOUND, List.of(messages.text(e.reason(), locale)));
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(ForbiddenException e, Model model, HttpServletRequest request, Locale locale) {
        return show(request, model, HttpStatus.FORBIDDEN, List.of(messages.text(e.reason(), locale)));
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model, HttpServletRequest request, Locale locale) {
        return show(request, model, HttpStatus.CONFLICT, List.of(messages.text(e.reason(), locale)));
    }

    @ExceptionHandler(OptimisticLockingException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String concurrentChange(OptimisticLockingException e, Model model, HttpServletRequest request, Locale locale) {
        return show(request, model, HttpStatus.CONFLICT,
                List.of(messages.text(Reason.of("problem.concurrentChange"), locale)));
    }

    @ExceptionHandler(InvalidRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidRequestException e, Model model, HttpServletRequest request, Locale locale) {
        return show(request, model, HttpStatus.BAD_REQUEST, messages.describe(e.problems(), locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String typeMismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletRequest request, Locale locale) {
        return show(request, model, HttpStatus.BAD_REQUEST,
                List.of(messages.describe(Expected.mismatch(e.getName(), e.getRequiredType(), e.getValue()), locale)));
    }

    /** The error page, or only its message when htmx asked for a part of a page. */
    private static String show(HttpServletRequest request, Model model, HttpStatus status, List<String> messages) {
        model.addAttribute("status", status.value());
        model.addAttribute("messages", messages);
        return HtmxRequests.forPart(request) ? VIEW + " :: problem" : VIEW;
    }
}
