package org.thinktank.surveyflow.team;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.TeamChange;
import org.thinktank.surveyflow.survey.TeamPlace;

/** Changes of a running investigation's team: declines, replacements, newcomers, a decision handed on. */
@RestController
@RequestMapping("/api/surveys/{surveyId}")
class TeamController {

    private final TeamChanges changes;
    private final DecisionDelegation delegation;
    private final TeamOverview overview;

    TeamController(TeamChanges changes, DecisionDelegation delegation, TeamOverview overview) {
        this.changes = changes;
        this.delegation = delegation;
        this.overview = overview;
    }

    @GetMapping("/team")
    TeamOverview.Team team(Actor actor, @PathVariable long surveyId) {
        return overview.of(surveyId, actor);
    }

    @PostMapping("/review/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(Actor actor, @PathVariable long surveyId, @RequestBody TeamRequests.Decline request) {
        changes.decline(surveyId, actor, request.reason());
    }

    @PutMapping("/team/reviewers/{reviewer}")
    TeamChange replaceReviewer(Actor actor, @PathVariable long surveyId, @PathVariable String reviewer,
                               @Valid @RequestBody TeamRequests.Replacement request) {
        return changes.replace(surveyId, TeamPlace.REVIEWER, reviewer, request.replacement(), request.conflictOverride(),
                actor);
    }

    @PutMapping("/team/researchers/{researcher}")
    TeamChange replaceResearcher(Actor actor, @PathVariable long surveyId, @PathVariable String researcher,
                                 @Valid @RequestBody TeamRequests.Replacement request) {
        return changes.replace(surveyId, TeamPlace.RESEARCHER, researcher, request.replacement(),
                request.conflictOverride(), actor);
    }

    @PostMapping("/team/reviewers")
    @ResponseStatus(HttpStatus.CREATED)
    TeamChange addReviewer(Actor actor, @PathVariable long surveyId, @Valid @RequestBody TeamRequests.Newcomer request) {
        return changes.add(surveyId, TeamPlace.REVIEWER, request.login(), request.conflictOverride(), actor);
    }

    @PostMapping("/team/researchers")
    @ResponseStatus(HttpStatus.CREATED)
    TeamChange addResearcher(Actor actor, @PathVariable long surveyId,
                             @Valid @RequestBody TeamRequests.Newcomer request) {
        return changes.add(surveyId, TeamPlace.RESEARCHER, request.login(), request.conflictOverride(), actor);
    }

    @PostMapping("/decision/delegate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delegate(Actor actor, @PathVariable long surveyId, @RequestBody TeamRequests.Delegation request) {
        delegation.delegate(surveyId, actor, request.organizer());
    }
}
