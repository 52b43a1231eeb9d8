package org.thinktank.surveyflow.questionnaire.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.FindingStatus;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.questionnaire.Dataset;
import org.thinktank.surveyflow.questionnaire.DatasetLimits;
import org.thinktank.surveyflow.questionnaire.DatasetView;
import org.thinktank.surveyflow.questionnaire.QuestionKind;
import org.thinktank.surveyflow.questionnaire.QuestionnaireDatasets;
import org.thinktank.surveyflow.questionnaire.ReportTableChoices;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.web.FormErrors;

/**
 * The two questionnaire pages as their controllers show them: an investigation's datasets with the upload form, and
 * one dataset's summaries with the forms that put them into the report or a finding.
 */
@Component
class DatasetPages {

    static final String LIST = "datasets";
    static final String ONE = "dataset";

    private final QuestionnaireDatasets datasets;
    private final ReportTableChoices tables;
    private final FindingsBook findings;
    private final DatasetLimits limits;

    DatasetPages(QuestionnaireDatasets datasets, ReportTableChoices tables, FindingsBook findings,
                 DatasetLimits limits) {
        this.datasets = datasets;
        this.tables = tables;
        this.findings = findings;
        this.limits = limits;
    }

    String list(Actor actor, long surveyId, Model model) {
        Survey survey = datasets.readable(surveyId, actor);
        model.addAttribute("survey", survey);
        model.addAttribute("actor", actor);
        model.addAttribute("shelf", datasets.shelfFor(survey, actor));
        model.addAttribute("tables", tables.list(surveyId, actor));
        model.addAttribute("titles", datasets.list(surveyId, actor).stream()
                .collect(Collectors.toMap(Dataset::id, Dataset::title)));
        model.addAttribute("maySelect", survey.isLedBy(actor.username()) && QuestionnaireDatasets.takesData(survey));
        model.addAttribute("maxMb", limits.maxBytes().toMegabytes());
        return LIST;
    }

    String one(Actor actor, long surveyId, long datasetId, Model model) {
        Survey survey = datasets.readable(surveyId, actor);
        DatasetView view = datasets.view(surveyId, datasetId, actor);
        model.addAttribute("survey", survey);
        model.addAttribute("actor", actor);
        model.addAttribute("view", view);
        model.addAttribute("mayChoose", survey.isLedBy(actor.username()) && QuestionnaireDatasets.takesData(survey));
        model.addAttribute("drafts", ownDrafts(surveyId, actor));
        model.addAttribute("crossBy", view.summary().questions().stream()
                .filter(q -> q.kind() == QuestionKind.SINGLE_CHOICE || q.kind() == QuestionKind.LIKERT).toList());
        return ONE;
    }

    /** A page again with the refused form's errors at its top, answered 400. */
    String again(Actor actor, long surveyId, Long datasetId, Model model, BindingResult binding,
                 HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.atTop(binding));
        return datasetId == null ? list(actor, surveyId, model) : one(actor, surveyId, datasetId, model);
    }

    static void addTo(BindingResult binding, InvalidRequestException refused) {
        refused.problems().forEach(problem -> binding.addError(
                InputProblems.globalError(binding.getObjectName(), problem)));
    }

    private List<Finding> ownDrafts(long surveyId, Actor actor) {
        return findings.visibleIn(surveyId, actor).stream().filter(finding -> finding.status() == FindingStatus.DRAFT
                && finding.author().equals(actor.username())).toList();
    }

}
