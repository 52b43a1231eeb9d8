package org.thinktank.surveyflow.export.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;

/**
 * Launches the investigations listed in an uploaded .xlsx, all or none. Rows are read and checked against the
 * launch request's field rules first; then every row is launched through {@link SurveyRegistry#launch} in one
 * transaction, so the same rules apply as to a single launch. Any refusal, in any row, rolls all of it back
 * (surveys and their processes) and is reported with its row and column.
 */
@Service
public class SurveyImport {

    private final SurveyRegistry registry;
    private final Validator validator;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    SurveyImport(SurveyRegistry registry, Validator validator, PlatformTransactionManager transactions,
                 AuditTrail audit) {
        this.registry = registry;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    public List<Survey> launchAll(String fileName, byte[] content, Actor actor) {
        actor.require(Role.ORGANIZER, "may import investigations");
        List<ImportRow> rows = SurveyImportSheet.read(fileName, content);
        requireNoErrors(fieldErrors(rows));
        return transaction.execute(status -> {
            List<Survey> launched = launch(rows, actor);
            audit.record(AuditEntry.of(AuditKind.SURVEYS_IMPORTED, actor.username(), fileName)
                    .after(Map.of("surveys", launched.stream().map(Survey::businessKey).toList())));
            return launched;
        });
    }

    private List<InputProblem> fieldErrors(List<ImportRow> rows) {
        List<InputProblem> problems = new ArrayList<>();
        for (ImportRow row : rows) {
            Set<ConstraintViolation<LaunchRequest>> violations = validator.validate(row.request());
            violations.stream().map(InputProblems::of)
                    .sorted(Comparator.comparing(InputProblem::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(problem -> located(row, problem)).forEach(problems::add);
        }
        return problems;
    }

    private List<Survey> launch(List<ImportRow> rows, Actor actor) {
        List<Survey> launched = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                launched.add(registry.launch(row.request(), actor));
            } catch (InvalidRequestException refused) {
                refused.problems().forEach(problem -> problems.add(located(row, problem)));
            }
        }
        requireNoErrors(problems);
        return launched;
    }

    /** A launch's problem at the cell it comes from; one of no column (or of the request) at its row. */
    private static InputProblem located(ImportRow row, InputProblem problem) {
        if (problem.field() == null) {
            return ImportRow.row(row.rowNumber(), problem.reason());
        }
        return ImportColumn.ofField(problem.field()).map(column -> row.at(column, problem.reason()))
                .orElse(ImportRow.row(row.rowNumber(),
                        Reason.of("problem.field", new Reason.Label(problem.form(), problem.field()), problem.reason())));
    }

    private static void requireNoErrors(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
    }
}
