package org.thinktank.surveyflow.decision.web;

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
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.SurveyProcess;
import org.thinktank.surveyflow.workflow.TaskCompletion;

/**
 * The organizers' decision on an investigation: approve or send back a report all reviewers accepted, or close or
 * send back one a reviewer rejected. Shows every review with its confidential comments.
 */
@PageController
class DecisionWebController {

    private final SurveyAccess access;
    private final ReviewDesk reviews;
    private final ReportArchive reports;
    private final TaskCompletion completion;

    DecisionWebController(SurveyAccess access, ReviewDesk reviews, ReportArchive reports, TaskCompletion completion) {
        this.access = access;
        this.reviews = reviews;
        this.reports = reports;
        this.completion = completion;
    }

    @GetMapping("/surveys/{surveyId}/decision")
    String form(Actor actor, @PathVariable long surveyId, Model model) {
        return show(actor, surveyId, model, new DecisionForm(null, null));
    }

    @PostMapping("/surveys/{surveyId}/decision")
    String decide(Actor actor, @PathVariable long surveyId, @Valid @ModelAttribute("form") DecisionForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Survey survey = decidable(surveyId, actor);
        if (!binding.hasErrors()) {
            try {
                completion.completeMine(surveyId, taskOf(survey), actor, form);
                redirect.addFlashAttribute("decided", true);
                return "redirect:/surveys/" + surveyId;
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> binding.reject("decision", error));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
        return show(actor, surveyId, model, form);
    }

    private String show(Actor actor, long surveyId, Model model, DecisionForm form) {
        Survey survey = decidable(surveyId, actor);
        model.addAttribute("survey", survey);
        model.addAttribute("actor", actor);
        model.addAttribute("kind", kindOf(survey));
        model.addAttribute("outcomes", kindOf(survey).allowed().stream().sorted().toList());
        model.addAttribute("version", reports.latestSubmittedNumber(surveyId));
        model.addAttribute("reviews", reviews.visibleIn(surveyId, actor));
        model.addAttribute("form", form);
        return "decision";
    }

    private Survey decidable(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        if (!actor.is(Role.ORGANIZER)) {
            throw new ForbiddenException("Only organizers decide on investigations");
        }
        if (survey.stage() != SurveyStage.APPROVAL && survey.stage() != SurveyStage.DECISION) {
            throw new ConflictException("Investigation " + survey.businessKey() + " awaits no decision; it is in stage "
                    + survey.stage());
        }
        return survey;
    }

    private static DecisionKind kindOf(Survey survey) {
        return survey.stage() == SurveyStage.APPROVAL ? DecisionKind.APPROVAL : DecisionKind.REJECTION;
    }

    private static String taskOf(Survey survey) {
        return survey.stage() == SurveyStage.APPROVAL ? SurveyProcess.APPROVE_REPORT : SurveyProcess.DECIDE_REJECTION;
    }
}
