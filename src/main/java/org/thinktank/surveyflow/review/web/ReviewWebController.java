package org.thinktank.surveyflow.review.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.ReportDiff;
import org.thinktank.surveyflow.report.ReportVersion;
import org.thinktank.surveyflow.review.AuthorResponses;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.review.Review;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.review.ReviewForm;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.team.TeamChanges;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * A reviewer's form for the version under review: rubric, recommendation, comments, and what changed section by
 * section since the version they reviewed before, below their review of it and the authors' response.
 */
@PageController
class ReviewWebController {

    private final ReportArchive reports;
    private final ReviewDesk reviews;
    private final AuthorResponses responses;
    private final ReportDiff diff;
    private final SurveyTasks surveyTasks;
    private final TeamChanges teamChanges;
    private final ProblemMessages messages;

    ReviewWebController(ReportArchive reports, ReviewDesk reviews, AuthorResponses responses, ReportDiff diff,
                        SurveyTasks surveyTasks, TeamChanges teamChanges, ProblemMessages messages) {
        this.reports = reports;
        this.reviews = reviews;
        this.responses = responses;
        this.diff = diff;
        this.surveyTasks = surveyTasks;
        this.teamChanges = teamChanges;
        this.messages = messages;
    }

    @GetMapping("/surveys/{surveyId}/review")
    String form(Actor actor, @PathVariable long surveyId, Model model) {
        return show(actor, surveyId, model, new ReviewForm(null, null, null, null, null, null, null));
    }

    @Irreversible("confirm.submitReview")
    @PostMapping("/surveys/{surveyId}/review")
    String submit(Actor actor, @PathVariable long surveyId, @Valid @ModelAttribute("form") ReviewForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
            return show(actor, surveyId, model, form);
        }
        surveyTasks.review(surveyId, actor, form);
        redirect.addFlashAttribute("done", "review");
        return "redirect:/";
    }

    /** The reviewer declines the assignment with a reason; refused without one, on this page. */
    @Irreversible("confirm.declineReview")
    @PostMapping("/surveys/{surveyId}/review/decline")
    String decline(Actor actor, @PathVariable long surveyId, @RequestParam(required = false) String reason,
                   Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        surveyTasks.awaitingReviewFrom(surveyId, actor);
        try {
            teamChanges.decline(surveyId, actor, reason);
            redirect.addFlashAttribute("done", "declined");
            return "redirect:/";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("declineError", String.join("; ", messages.describe(e.problems(), locale)));
            model.addAttribute("declineReason", reason);
            return show(actor, surveyId, model, new ReviewForm(null, null, null, null, null, null, null));
        }
    }

    private String show(Actor actor, long surveyId, Model model, ReviewForm form) {
        Survey survey = surveyTasks.awaitingReviewFrom(surveyId, actor);
        ReportVersion current = reports.version(surveyId, reports.latestSubmittedNumber(surveyId), actor);
        Optional<ReportVersion> previous = previouslyReviewed(surveyId, actor, current.number());
        model.addAttribute("survey", survey);
        model.addAttribute("actor", actor);
        model.addAttribute("version", current);
        model.addAttribute("previous", previous.orElse(null));
        model.addAttribute("answered", previous.map(before -> responses.round(surveyId, before.number(), actor))
                .orElse(List.of()));
        model.addAttribute("changes", previous.map(before -> diff.compare(before.sections(), current.sections()))
                .orElse(List.of()));
        model.addAttribute("recommendations", Recommendation.values());
        model.addAttribute("form", form);
        return "review";
    }

    /** The newest earlier version this reviewer reviewed. */
    private Optional<ReportVersion> previouslyReviewed(long surveyId, Actor actor, int currentNumber) {
        return reviews.visibleIn(surveyId, actor).stream()
                .filter(review -> review.reviewer().equals(actor.username()))
                .map(Review::versionNumber).filter(number -> number < currentNumber)
                .max(Integer::compare)
                .map(number -> reports.version(surveyId, number, actor));
    }
}
