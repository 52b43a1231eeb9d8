package org.thinktank.surveyflow.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal into RFC 9457 problem JSON whose {@code title} and {@code detail} say what was wrong in the
 * request's language, and, for invalid content, an {@code errors} list with one entry per broken rule. Spring's own
 * refusals take their detail from the bundles' {@code problemDetail.*} where these have one.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemMessages messages;
    private final DataSize largestUpload;

    ApiExceptionHandler(ProblemMessages messages,
                        @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize largestUpload) {
        this.messages = messages;
        this.largestUpload = largestUpload;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return refusal(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return refusal(HttpStatus.FORBIDDEN, e);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return refusal(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrentChange(OptimisticLockingException e) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, Reason.of("problem.concurrentChange"));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalidContent(e.problems());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return invalidContent(e.getConstraintViolations().stream().map(InputProblems::of)
                .sorted(Comparator.comparing(InputProblem::field)).toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalidContent(List.of(Expected.mismatch(e.getName(), e.getRequiredType(), e.getValue())));
    }

    /** Two requests (or two spellings of one name) raced past the service's check into a unique index. */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, Reason.of("problem.text", UniqueConstraintConflicts.meaningOf(e)));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Reason.of("problem.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputProblem> problems = new ArrayList<>(InputProblems.of(e.getBindingResult()));
        problems.sort(Comparator.comparing((InputProblem problem) -> problem.field() == null)
                .thenComparing(problem -> String.valueOf(problem.field())));
        return ResponseEntity.badRequest().body(invalidContent(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.reason()));
        }
        return ResponseEntity.badRequest().body(invalidContent(List.of(JsonErrors.describe(e.getCause()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidContent(
                List.of(InputProblem.of(e.getParameterName(), "constraint.NotNull"))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, Reason.of("problem.noPage", "/" + e.getResourcePath())));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidContent(
                List.of(Expected.mismatch(e.getPropertyName(), e.getRequiredType(), e.getValue()))));
    }

    /** Tomcat stopped reading an upload at the limit; the limit it does not report is the configured one. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                Reason.of("problem.uploadTooLarge", largestUpload.toMegabytes())));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", ex);
        }
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(title(statusCode.value(), problem.getTitle()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ProblemDetail refusal(HttpStatus status, Refusal refusal) {
        return problem(status, refusal.reason());
    }

    private ProblemDetail problem(HttpStatus status, Reason reason) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.text(reason, locale));
        problem.setTitle(title(status.value(), status.getReasonPhrase()));
        return problem;
    }

    /**
     * The problem in the reader's language, and for programs the field each problem concerns as the client named
     * it, and the values a field takes when it takes one of a few: {@code errors: [{field, message, allowed}]}.
     */
    private ProblemDetail invalidContent(List<InputProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (InputProblem problem : problems) {
            Map<String, Object> error = new LinkedHashMap<>();
            if (problem.field() != null) {
                error.put("field", problem.field());
            }
            error.put("message", messages.describe(problem, locale));
            problem.allowed().ifPresent(allowed -> error.put("allowed", allowed));
            errors.add(error);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(error -> (String) error.get("message")).collect(Collectors.joining(messages.text(Reason.of("problem.separator"), locale))));
        problem.setTitle(messages.text(Reason.of("problem.title.invalid"), locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The status in the reader's words where the bundles have them ("未找到"), else its reason phrase. */
    private String title(int status, String otherwise) {
        return messages.textOr("problem." + status, otherwise, LocaleContextHolder.getLocale());
    }
}
