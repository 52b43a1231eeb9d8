package org.thinktank.surveyflow.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The question an {@link Irreversible} action asks when it was posted without script: the same values as hidden
 * fields, a button that posts them again confirmed, and a way back to the page the form was on. Nothing is done.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConfirmationPage {

    private static final Set<String> NOT_REPEATED = Set.of("_csrf", ConfirmedActions.PARAMETER);

    record Field(String name, String value) {
    }

    @ExceptionHandler(UnconfirmedAction.class)
    String ask(UnconfirmedAction unconfirmed, HttpServletRequest request, Model model) {
        model.addAttribute("question", unconfirmed.questionKey());
        model.addAttribute("action", request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("fields", fields(request));
        model.addAttribute("back", back(request));
        return "confirm";
    }

    private static List<Field> fields(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream()
                .filter(parameter -> !NOT_REPEATED.contains(parameter.getKey()))
                .flatMap(parameter -> Arrays.stream(parameter.getValue()).map(value -> new Field(parameter.getKey(), value)))
                .toList();
    }

    /** The page the form was on when the browser says so and it is one of ours, else the task list. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return "/";
        }
        try {
            URI page = URI.create(referer);
            boolean ours = page.getHost() == null || page.getHost().equalsIgnoreCase(request.getServerName());
            return ours && page.getRawPath() != null && page.getRawPath().startsWith("/")
                    ? page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()) : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
