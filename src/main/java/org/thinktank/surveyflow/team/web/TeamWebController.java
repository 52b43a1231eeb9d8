package org.thinktank.surveyflow.team.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.TeamPlace;
import org.thinktank.surveyflow.team.DecisionDelegation;
import org.thinktank.surveyflow.team.TeamChanges;
import org.thinktank.surveyflow.team.TeamOverview;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;

/**
 * The organizers' page of a running investigation's team: replace or add a researcher or a reviewer (the open
 * tasks follow), see which reviews wait for a reviewer after declines, and hand the awaited decision to another
 * organizer. A refused change shows the page again with the reason at the top.
 */
@PageController
class TeamWebController {

    private final TeamOverview overview;
    private final TeamChanges changes;
    private final DecisionDelegation delegation;
    private final UserDirectory users;
    private final ProblemMessages messages;

    TeamWebController(TeamOverview overview, TeamChanges changes, DecisionDelegation delegation, UserDirectory users,
                      ProblemMessages messages) {
        this.overview = overview;
        this.changes = changes;
        this.delegation = delegation;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/surveys/{surveyId}/team")
    String page(Actor actor, @PathVariable long surveyId, Model model) {
        return show(actor, surveyId, model);
    }

    @Irreversible("confirm.teamChange")
    @PostMapping("/surveys/{surveyId}/team/{place:researchers|reviewers}/replace")
    String replace(Actor actor, @PathVariable long surveyId, @PathVariable String place,
                   @ModelAttribute("form") TeamForm form, Model model, HttpServletResponse response,
                   RedirectAttributes redirect, Locale locale) {
        return act(actor, surveyId, model, response, redirect, locale, () -> changes.replace(surveyId, placeOf(place),
                form.member(), form.person(), form.override(), actor));
    }

    @Irreversible("confirm.teamChange")
    @PostMapping("/surveys/{surveyId}/team/{place:researchers|reviewers}/add")
    String add(Actor actor, @PathVariable long surveyId, @PathVariable String place,
               @ModelAttribute("form") TeamForm form, Model model, HttpServletResponse response,
               RedirectAttributes redirect, Locale locale) {
        return act(actor, surveyId, model, response, redirect, locale,
                () -> changes.add(surveyId, placeOf(place), form.person(), form.override(), actor));
    }

    @Irreversible("confirm.delegateDecision")
    @PostMapping("/surveys/{surveyId}/team/delegate")
    String delegate(Actor actor, @PathVariable long surveyId, @RequestParam(required = false) String person,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return act(actor, surveyId, model, response, redirect, locale,
                () -> delegation.delegate(surveyId, actor, person));
    }

    private String act(Actor actor, long surveyId, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, Locale locale, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("teamChanged", true);
            return "redirect:/surveys/" + surveyId + "/team";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(FormErrors.ATTRIBUTE, new FormErrors(Map.of(),
                    messages.describe(e.problems(), locale)));
            return show(actor, surveyId, model);
        }
    }

    private String show(Actor actor, long surveyId, Model model) {
        TeamOverview.Team team = overview.of(surveyId, actor);
        model.addAttribute("survey", team.survey());
        model.addAttribute("team", team);
        model.addAttribute("actor", actor);
        model.addAttribute("researchers", candidates(Role.RESEARCHER, team.survey().team()));
        model.addAttribute("reviewers", candidates(Role.REVIEWER, team.survey().reviewers()));
        model.addAttribute("organizers", candidates(Role.ORGANIZER, List.of(actor.username())));
        return "team";
    }

    /** The enabled people of a role who are not among these, by display name. */
    private List<AppUser> candidates(Role role, List<String> already) {
        return users.withRole(role).stream().filter(user -> !already.contains(user.username())).toList();
    }

    /** The place a path names; the mappings take no other. */
    private static TeamPlace placeOf(String place) {
        return "researchers".equals(place) ? TeamPlace.RESEARCHER : TeamPlace.REVIEWER;
    }
}
