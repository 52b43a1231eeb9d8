package org.thinktank.surveyflow.decision.web;

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
import org.thinktank.surveyflow.decision.DecisionForm;
import org.thinktank.surveyflow.decision.DecisionKind;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.review.AuthorResponses;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * The organizers' decision on an investigation: approve or send back a report all reviewers accepted, or close or
 * send back one a reviewer rejected. Shows the report as a document, every reviewer's scores in one table, and every
 * review with its confidential comments, and the authors' responses to the round before.
 */
@PageController
class DecisionWebController {

    private final SurveyAccess access;
    private final ReviewDesk reviews;
    private final AuthorResponses responses;
    private final ReportArchive reports;
    private final SurveyTasks surveyTasks;

    DecisionWebController(SurveyAccess access, ReviewDesk reviews, AuthorResponses responses, ReportArchive reports,
                          SurveyTasks surveyTasks) {
        this.access = access;
        this.reviews = reviews;
        this.responses = responses;
        this.reports = reports;
        this.surveyTasks = surveyTasks;
    }

    @GetMapping("/surveys/{surveyId}/decision")
    String form(Actor actor, @PathVariable long surveyId, Model model) {
        return show(actor, surveyId, model, new DecisionForm(null, null));
    }

    @Irreversible("confirm.decision")
    @PostMapping("/surveys/{surveyId}/decision")
    String decide(Actor actor, @PathVariable long surveyId, @Valid @ModelAttribute("form") DecisionForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        surveyTasks.awaitedDecision(surveyId, actor);
        if (!binding.hasErrors()) {
            try {
                surveyTasks.decide(surveyId, actor, form);
                redirect.addFlashAttribute("decided", true);
                return "redirect:/surveys/" + surveyId;
            } catch (InvalidRequestException e) {
                e.problems().forEach(problem -> binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
        return show(actor, surveyId, model, form);
    }

    private String show(Actor actor, long surveyId, Model model, DecisionForm form) {
        DecisionKind kind = surveyTasks.awaitedDecision(surveyId, actor);
        model.addAttribute("survey", access.visible(surveyId, actor));
        model.addAttribute("actor", actor);
        model.addAttribute("kind", kind);
        model.addAttribute("outcomes", kind.allowed().stream().sorted().toList());
        int version = reports.latestSubmittedNumber(surveyId);
        model.addAttribute("version", version);
        model.addAttribute("report", reports.version(surveyId, version, actor));
        model.addAttribute("reviews", reviews.visibleIn(surveyId, actor));
        model.addAttribute("answered", version > 1 ? responses.round(surveyId, version - 1, actor) : List.of());
        model.addAttribute("form", form);
        return "decision";
    }
}
