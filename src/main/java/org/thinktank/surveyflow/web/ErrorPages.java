package org.thinktank.surveyflow.web;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.error.AbstractErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.problem.Reason;

/**
 * What the server answers when an error happened outside any controller (a refused CSRF token, a status a filter
 * or the container set): the error page in the layout for browsers, RFC 9457 problem JSON for everyone else, both
 * saying what went wrong. A request for {@code /error} itself is an address like any other that has no page: 404,
 * never Spring Boot's status 999.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages extends AbstractErrorController {

    private final ProblemMessages messages;

    ErrorPages(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> errorViewResolvers,
               ProblemMessages messages) {
        super(errorAttributes, errorViewResolvers.orderedStream().toList());
        this.messages = messages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = statusOf(request);
        Map<String, Object> model = new HashMap<>(getErrorAttributes(request, ErrorAttributeOptions.defaults()));
        model.put("status", status.value());
        model.put("error", detailOf(request, status));
        response.setStatus(status.value());
        ModelAndView view = resolveErrorView(request, response, status, model);
        return view != null ? view : new ModelAndView("error", model);
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailOf(request, status));
        problem.setInstance(instanceOf(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A client that accepts neither HTML nor JSON gets the status alone. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable(HttpServletRequest request) {
        return ResponseEntity.status(statusOf(request)).build();
    }

    /** The address that failed, not /error. */
    private static URI instanceOf(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            return URI.create(uri instanceof String path ? path : request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** What went wrong, in the request's language. */
    private String detailOf(HttpServletRequest request, HttpStatus status) {
        Locale locale = LocaleContextHolder.getLocale();
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return messages.text(Reason.of("problem.noPage", request.getRequestURI()), locale);
        }
        if (status == HttpStatus.FORBIDDEN && !HttpMethod.GET.matches(request.getMethod())
                && !HttpMethod.HEAD.matches(request.getMethod())) {
            // the pages' only refusal that ends here; the API and the services answer their own 403s
            return messages.text(Reason.of("problem.csrf"), locale);
        }
        if (status == HttpStatus.NOT_FOUND) {
            return messages.text(Reason.of("problem.noPage",
                    String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))), locale);
        }
        if (status.is5xxServerError()) {
            return messages.text(Reason.of("problem.unexpected"), locale);
        }
        // in English, HTTP's own reason phrase ("Bad Request") says it best
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? status.getReasonPhrase()
                : messages.textOr("problem." + status.value(), status.getReasonPhrase(), locale);
    }
}
