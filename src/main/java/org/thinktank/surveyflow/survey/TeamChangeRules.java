package org.thinktank.surveyflow.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;

/**
 * What a change of a running investigation's team must keep: the investigation still runs, the person leaving holds
 * the place and is not the lead, and the person joining exists, is enabled, has the place's role and is not on the
 * investigation already (a team member never reviews the report they write).
 */
@Component
class TeamChangeRules {

    private final UserDirectory users;

    TeamChangeRules(UserDirectory users) {
        this.users = users;
    }

    void requireRunning(Survey survey) {
        if (survey.stage().isFinal()) {
            throw new ConflictException(Reason.of("team.refused.ended", survey.businessKey(), survey.stage()));
        }
    }

    void checkLeaving(Survey survey, TeamPlace place, String member) {
        if (!place.holdersOn(survey).contains(member)) {
            throw InvalidRequestException.of(InputProblem.of("member", "team.refused.notOnTeam." + place,
                    nameOf(member)));
        }
        if (survey.isLedBy(member)) {
            throw InvalidRequestException.of(InputProblem.of("member", "team.refused.lead", nameOf(member)));
        }
    }

    void checkJoining(Survey survey, TeamPlace place, String newcomer, String field) {
        List<InputProblem> errors = new ArrayList<>();
        Optional<AppUser> user = newcomer == null || newcomer.isBlank() ? Optional.empty() : users.find(newcomer);
        if (newcomer == null || newcomer.isBlank()) {
            errors.add(InputProblem.of(field, "team.refused.noLogin"));
        } else if (user.isEmpty()) {
            errors.add(InputProblem.of(field, "launch.error.noUser", newcomer));
        } else if (place.holdersOn(survey).contains(newcomer)) {
            errors.add(InputProblem.of(field, "team.refused.already." + place, nameOf(newcomer)));
        } else if (place == TeamPlace.REVIEWER && survey.hasOnTeam(newcomer)) {
            errors.add(InputProblem.of(field, "launch.error.coAuthor", nameOf(newcomer)));
        } else if (user.get().role() != place.role()) {
            errors.add(InputProblem.of(field, "launch.error.wrongRole", nameOf(newcomer), user.get().role(), place.role()));
        } else if (!user.get().enabled()) {
            errors.add(InputProblem.of(field, "launch.error.disabled", nameOf(newcomer)));
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.of(errors);
        }
    }

    /** A person by display name, by login only when there is no such account. */
    String nameOf(String username) {
        return users.find(username).map(AppUser::displayName).filter(name -> !name.isBlank()).orElse(username);
    }
}
