package org.thinktank.surveyflow.report.web;

import java.util.Comparator;
import java.util.List;

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
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * The lead's report editor: the five sections in Markdown, saved as the open draft, then submitted as a version.
 * A revision starts from the newest submitted version's text.
 */
@PageController
class ReportWebController {

    private final SurveyAccess access;
    private final ReportArchive reports;
    private final SurveyTasks surveyTasks;

    ReportWebController(SurveyAccess access, ReportArchive reports, SurveyTasks surveyTasks) {
        this.access = access;
        this.reports = reports;
        this.surveyTasks = surveyTasks;
    }

    @GetMapping("/surveys/{surveyId}/report")
    String editor(Actor actor, @PathVariable long surveyId, Model model) {
        Survey survey = access.ledBy(surveyId, actor);
        List<ReportVersion> versions = reports.visibleIn(surveyId, actor);
        ReportSections text = versions.stream().max(Comparator.comparingInt(ReportVersion::number))
                .map(ReportVersion::sections).orElse(ReportSections.empty());
        return show(model, survey, actor, versions, text);
    }

    @PostMapping("/surveys/{surveyId}/report")
    String save(Actor actor, @PathVariable long surveyId, @Valid @ModelAttribute("sections") ReportSections sections,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
            return showAgain(actor, surveyId, model, sections);
        }
        reports.saveDraft(surveyId, actor, sections);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/surveys/" + surveyId + "/report";
    }

    @PostMapping(path = "/surveys/{surveyId}/report", params = "submit")
    String submit(Actor actor, @PathVariable long surveyId, @Valid @ModelAttribute("sections") ReportSections sections,
                  BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
            return showAgain(actor, surveyId, model, sections);
        }
        reports.saveDraft(surveyId, actor, sections);
        try {
            surveyTasks.submitReport(surveyId, actor);
        } catch (InvalidRequestException e) {
            e.problems().forEach(problem -> binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
            return showAgain(actor, surveyId, model, sections);
        }
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/surveys/" + surveyId;
    }

    @PostMapping("/surveys/{surveyId}/report/recall")
    String recall(Actor actor, @PathVariable long surveyId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("recalled", surveyTasks.recallReport(surveyId, actor));
        return "redirect:/surveys/" + surveyId + "/report";
    }

    private String showAgain(Actor actor, long surveyId, Model model, ReportSections sections) {
        return show(model, access.ledBy(surveyId, actor), actor, reports.visibleIn(surveyId, actor), sections);
    }

    private static String show(Model model, Survey survey, Actor actor, List<ReportVersion> versions,
                               ReportSections text) {
        model.addAttribute("survey", survey);
        model.addAttribute("actor", actor);
        model.addAttribute("versions", versions.stream().filter(v -> v.status() == VersionStatus.SUBMITTED).toList());
        model.addAttribute("sections", text);
        model.addAttribute("sectionNames", text.byName().keySet());
        return "report";
    }
}
