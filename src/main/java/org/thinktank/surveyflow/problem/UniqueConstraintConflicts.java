package org.thinktank.surveyflow.problem;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two requests that store the same thing at the same moment: both pass the service's "does it exist yet?" check,
 * and the database's unique constraint refuses the second. That is a conflict (409) saying what was stored twice,
 * not a failure on our side. Ordered before {@link ApiExceptionHandler}, whose catch-all would answer 500; other
 * integrity violations (check constraints, foreign keys) are left to it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UniqueConstraintConflicts {

    private static final Logger log = LoggerFactory.getLogger(UniqueConstraintConflicts.class);

    private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([^\"]+)\"");
    /** PostgreSQL's detail of the violation: {@code Key (code)=(AM21) already exists.} */
    private static final Pattern KEY = Pattern.compile("Key \\([^)]*\\)=\\((.*)\\) already exists");

    /**
     * The unique constraints of the schema (db/migration) that a race can break, and what each means; {@code %s} is
     * the value stored twice.
     */
    private static final Map<String, String> MEANING = Map.of(
            "review_report_version_id_reviewer_key",
            "This reviewer's review of this version was submitted twice at the same moment; it is stored once",
            "report_version_one_draft",
            "The report's draft was started twice at the same moment; reload the draft and save again",
            "report_version_survey_id_number_key",
            "Two versions of the report got the same number at the same moment; reload and try again",
            "meeting_code_key",
            "A meeting with code %s was added at the same moment; choose another code",
            "app_user_pkey",
            "An account named %s was created at the same moment; choose another username",
            "app_user_username_lower",
            "username: that user already exists; user names are the same whatever their case",
            "meeting_code_lower",
            "code: that meeting already exists; meeting codes are the same whatever their case");

    static final String UNKNOWN = "The same thing was stored by another request at the same moment; reload and try again";

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, meaningOf(e));
    }

    /** What breaking the unique constraint of this exception means, for whichever handler answers it. */
    static String meaningOf(DuplicateKeyException e) {
        String message = e.getMostSpecificCause().getMessage();
        String constraint = find(CONSTRAINT, message);
        log.info("Duplicate refused (constraint {})", constraint);
        return meaningOf(constraint, find(KEY, message));
    }

    /** What breaking the constraint means, naming the value stored twice when the database told it. */
    static String meaningOf(String constraint, String value) {
        String meaning = constraint == null ? UNKNOWN : MEANING.getOrDefault(constraint, UNKNOWN);
        return meaning.formatted(value == null ? "that" : "'" + value + "'");
    }

    private static String find(Pattern pattern, String message) {
        Matcher matcher = pattern.matcher(message == null ? "" : message);
        return matcher.find() ? matcher.group(1) : null;
    }
}
