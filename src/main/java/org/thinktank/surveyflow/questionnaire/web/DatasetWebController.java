package org.thinktank.surveyflow.questionnaire.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.questionnaire.DatasetFigures;
import org.thinktank.surveyflow.questionnaire.FigureChoice;
import org.thinktank.surveyflow.questionnaire.QuestionnaireDatasets;
import org.thinktank.surveyflow.questionnaire.ReportTableChoices;
import org.thinktank.surveyflow.questionnaire.TableChoice;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.PageController;

/**
 * One dataset: each question summarised, a cross table by a chosen question, and the forms that put a summary into
 * the study report (the lead) or into one of the reader's draft findings as figures.
 */
@PageController
class DatasetWebController {

    private final DatasetPages pages;
    private final QuestionnaireDatasets datasets;
    private final ReportTableChoices tables;
    private final DatasetFigures figures;
    private final ProblemMessages messages;

    DatasetWebController(DatasetPages pages, QuestionnaireDatasets datasets, ReportTableChoices tables,
                         DatasetFigures figures, ProblemMessages messages) {
        this.messages = messages;
        this.pages = pages;
        this.datasets = datasets;
        this.tables = tables;
        this.figures = figures;
    }

    @GetMapping("/surveys/{surveyId}/datasets/{datasetId}")
    String page(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId, Model model) {
        return pages.one(actor, surveyId, datasetId, model);
    }

    /** The cross table alone for htmx; the whole page with it otherwise. */
    @GetMapping("/surveys/{surveyId}/datasets/{datasetId}/cross")
    String cross(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId,
                 @RequestParam String question, @RequestParam String by, Model model, HttpServletResponse response,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale) {
        try {
            model.addAttribute("cross", datasets.cross(surveyId, datasetId, question, by, actor));
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("crossRefused", messages.describe(refused.problems(), locale));
        }
        model.addAttribute("crossQuestion", question);
        model.addAttribute("crossByQuestion", by);
        String view = pages.one(actor, surveyId, datasetId, model);
        return htmx != null ? view + " :: cross" : view;
    }

    @PostMapping("/surveys/{surveyId}/datasets/{datasetId}/tables")
    String choose(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId,
                  @Valid @ModelAttribute("tableChoice") TableChoice choice, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                tables.choose(surveyId, datasetId, actor, choice);
                redirect.addFlashAttribute("tableChosen", choice.title());
                return "redirect:/surveys/" + surveyId + "/datasets/" + datasetId;
            } catch (InvalidRequestException refused) {
                DatasetPages.addTo(binding, refused);
            }
        }
        return pages.again(actor, surveyId, datasetId, model, binding, response);
    }

    @PostMapping("/surveys/{surveyId}/datasets/{datasetId}/figures")
    String addFigures(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId,
                      @Valid @ModelAttribute("figureChoice") FigureChoice choice, BindingResult binding, Model model,
                      HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Finding finding = figures.addToFinding(surveyId, datasetId, actor, choice, locale);
                redirect.addFlashAttribute("figuresAdded", finding.title());
                return "redirect:/surveys/" + surveyId + "/datasets/" + datasetId;
            } catch (InvalidRequestException refused) {
                DatasetPages.addTo(binding, refused);
            }
        }
        return pages.again(actor, surveyId, datasetId, model, binding, response);
    }
}
