package org.thinktank.surveyflow.problem;

import java.util.List;
import java.util.Locale;

/**
 * The request's content breaks a rule that field annotations cannot express. Answered with 400, each problem in
 * the reader's language; the exception's own message is English, for logs.
 */
public class InvalidRequestException extends RuntimeException {

    private final List<InputProblem> problems;

    private InvalidRequestException(List<InputProblem> problems, String message) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Problems already written in English, such as "row 3: …", shown as they are in every language. */
    public InvalidRequestException(List<String> errors) {
        this(errors.stream().map(error -> InputProblem.ofRequest("problem.text", error)).toList(), String.join("; ", errors));
    }

    public InvalidRequestException(String error) {
        this(List.of(error));
    }

    public static InvalidRequestException of(List<InputProblem> problems) {
        return new InvalidRequestException(problems,
                String.join("; ", ProblemMessages.english().describe(problems, Locale.ENGLISH)));
    }

    public static InvalidRequestException of(InputProblem... problems) {
        return of(List.of(problems));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /**
     * The problems in English, each field by its name rather than its label ({@code "draftDue: must not be …"}), for
     * callers that show fields their own way, as the spreadsheet import shows its columns.
     */
    public List<String> errorsByFieldName() {
        return problems.stream().map(problem -> problem.field() == null
                ? ProblemMessages.english().describe(problem, Locale.ENGLISH)
                : problem.field() + ": " + ProblemMessages.english().text(problem.reason(), Locale.ENGLISH)).toList();
    }

    /** The problems in English. */
    public List<String> errors() {
        return ProblemMessages.english().describe(problems, Locale.ENGLISH);
    }
}
