package org.thinktank.surveyflow.report.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.report.ReportVersion;
import org.thinktank.surveyflow.report.VersionStatus;
import org.thinktank.surveyflow.review.AnsweredReview;
import org.thinktank.surveyflow.review.AuthorResponses;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * The lead's report editor: the five sections in Markdown, saved as the open draft, then submitted as a version.
 * A revision starts from the newest submitted version's text, below the last round's reviews, each with the lead's
 * response to it, saved with the draft.
 */
@PageController
class ReportWebController {

    private final SurveyAccess access;
    private final ReportArchive reports;
    private final AuthorResponses responses;
    private final SurveyTasks surveyTasks;

    ReportWebController(SurveyAccess access, ReportArchive reports, AuthorResponses responses,
                        SurveyTasks surveyTasks) {
        this.access = access;
        this.reports = reports;
        this.responses = responses;
        this.surveyTasks = surveyTasks;
    }

    @GetMapping("/surveys/{surveyId}/report")
    String editor(Actor actor, @PathVariable long surveyId, Model model) {
        Survey survey = access.ledBy(surveyId, actor);
        List<ReportVersion> versions = reports.visibleIn(surveyId, actor);
        ReportSections text = versions.stream().max(Comparator.comparingInt(ReportVersion::number))
                .map(ReportVersion::sections).orElse(ReportSections.empty());
        return show(model, survey, actor, versions, text, responses.toAnswer(surveyId, actor), Map.of());
    }

    @PostMapping("/surveys/{surveyId}/report")
    String save(Actor actor, @PathVariable long surveyId, @Valid @ModelAttribute("sections") ReportSections sections,
                BindingResult binding, @ModelAttribute ResponsesForm typed, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
            return showAgain(actor, surveyId, model, sections, typed);
        }
        try {
            responses.saveWithDraft(surveyId, actor, sections, typed.texts());
        } catch (InvalidRequestException e) {
            return refused(e, binding, response, actor, surveyId, model, sections, typed);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/surveys/" + surveyId + "/report";
    }

    @Irreversible("confirm.submitVersion")
    @PostMapping(path = "/surveys/{surveyId}/report", params = "submit")
    String submit(Actor actor, @PathVariable long surveyId, @Valid @ModelAttribute("sections") ReportSections sections,
                  BindingResult binding, @ModelAttribute ResponsesForm typed, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
            return showAgain(actor, surveyId, model, sections, typed);
        }
        try {
            responses.saveWithDraft(surveyId, actor, sections, typed.texts());
            surveyTasks.submitReport(surveyId, actor);
        } catch (InvalidRequestException e) {
            return refused(e, binding, response, actor, surveyId, model, sections, typed);
        }
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/surveys/" + surveyId;
    }

    @Irreversible("confirm.recall")
    @PostMapping("/surveys/{surveyId}/report/recall")
    String recall(Actor actor, @PathVariable long surveyId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("recalled", surveyTasks.recallReport(surveyId, actor));
        return "redirect:/surveys/" + surveyId + "/report";
    }

    private String refused(InvalidRequestException e, BindingResult binding, HttpServletResponse response,
                           Actor actor, long surveyId, Model model, ReportSections sections, ResponsesForm typed) {
        e.problems().forEach(problem -> binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
        return showAgain(actor, surveyId, model, sections, typed);
    }

    private String showAgain(Actor actor, long surveyId, Model model, ReportSections sections, ResponsesForm typed) {
        return show(model, access.ledBy(surveyId, actor), actor, reports.visibleIn(surveyId, actor), sections,
                responses.toAnswer(surveyId, actor), typed.response());
    }

    /** The answers as the lead last typed them, else as saved. */
    private static String show(Model model, Survey survey, Actor actor, List<ReportVersion> versions,
                               ReportSections text, List<AnsweredReview> answering, Map<Long, String> typed) {
        Map<Long, String> responseTexts = new HashMap<>();
        answering.forEach(answer -> responseTexts.put(answer.review().id(), answer.responseText()));
        responseTexts.putAll(typed);
        model.addAttribute("answering", answering);
        model.addAttribute("responseTexts", responseTexts);
        model.addAttribute("survey", survey);
        model.addAttribute("actor", actor);
        model.addAttribute("versions", versions.stream().filter(v -> v.status() == VersionStatus.SUBMITTED).toList());
        model.addAttribute("sections", text);
        model.addAttribute("sectionNames", text.byName().keySet());
        return "report";
    }
}
