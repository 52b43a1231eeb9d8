package org.thinktank.surveyflow.questionnaire;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;

/**
 * The summaries chosen for the study report. The lead owns the report, so chooses and removes them while the team
 * still works on it; the team and organizers read the choices.
 */
@Service
public class ReportTableChoices {

    private final ChosenTableRepository tables;
    private final QuestionnaireDatasets datasets;
    private final SurveyAccess access;
    private final AuditTrail audit;

    ReportTableChoices(ChosenTableRepository tables, QuestionnaireDatasets datasets, SurveyAccess access,
                       AuditTrail audit) {
        this.tables = tables;
        this.datasets = datasets;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public ChosenTable choose(long surveyId, long datasetId, Actor actor, TableChoice choice) {
        Survey survey = access.ledBy(surveyId, actor);
        QuestionnaireDatasets.requireOpen(survey);
        DatasetView view = datasets.view(surveyId, datasetId, actor);
        QuestionSummary question = Questions.require(view, "question", choice.question());
        if (choice.by() != null) {
            QuestionnaireDatasets.requireCrossable(view, choice.question(), choice.by());
        } else if (question.kind() == QuestionKind.FREE_TEXT) {
            // free-text answers are personal data, and a table of them would be empty in the report
            throw InvalidRequestException.of(InputProblem.of("question", "dataset.freeTextNotForReport",
                    choice.question()));
        }
        ChosenTable chosen = tables.insert(surveyId, datasetId, choice);
        audit.record(AuditEntry.of(AuditKind.REPORT_TABLE_CHOSEN, actor.username(), "report table " + chosen.id()
                + ": " + chosen.title()).survey(surveyId).after(chosen));
        return chosen;
    }

    public List<ChosenTable> list(long surveyId, Actor actor) {
        datasets.readable(surveyId, actor);
        return tables.ofSurvey(surveyId);
    }

    @Transactional
    public void remove(long surveyId, long tableId, Actor actor) {
        Survey survey = access.ledBy(surveyId, actor);
        QuestionnaireDatasets.requireOpen(survey);
        ChosenTable table = tables.find(surveyId, tableId).orElseThrow(() -> new NotFoundException(
                Reason.of("refusal.noReportTable", String.valueOf(tableId), survey.businessKey())));
        tables.delete(tableId);
        audit.record(AuditEntry.of(AuditKind.REPORT_TABLE_REMOVED, actor.username(), "report table " + tableId
                + ": " + table.title()).survey(surveyId).change(table, null));
    }

    /** The chosen tables of an investigation, for features that have checked access already. */
    List<ChosenTable> ofSurveyUnchecked(long surveyId) {
        return tables.ofSurvey(surveyId);
    }
}
