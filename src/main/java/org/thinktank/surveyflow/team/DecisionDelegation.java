package org.thinktank.surveyflow.team;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.notification.TeamChangeNotices;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyHistory;
import org.thinktank.surveyflow.workflow.TeamTasks;

/**
 * An organizer hands the awaited approval or decision on a rejected report to another organizer, who alone may
 * take it from then on (or hand it on again); they are told, and the history records it.
 */
@Service
public class DecisionDelegation {

    private final SurveyAccess access;
    private final TeamTasks tasks;
    private final UserDirectory users;
    private final SurveyHistory history;
    private final TeamChangeNotices notices;

    DecisionDelegation(SurveyAccess access, TeamTasks tasks, UserDirectory users, SurveyHistory history,
                       TeamChangeNotices notices) {
        this.access = access;
        this.tasks = tasks;
        this.users = users;
        this.history = history;
        this.notices = notices;
    }

    @Transactional
    public void delegate(long surveyId, Actor organizer, String delegate) {
        organizer.require(Role.ORGANIZER, "delegate decisions");
        Survey survey = access.visible(surveyId, organizer);
        String to = delegate == null ? "" : delegate.strip();
        Optional<AppUser> user = to.isEmpty() ? Optional.empty() : users.find(to);
        if (to.isEmpty()) {
            throw InvalidRequestException.of(InputProblem.of("organizer", "team.refused.noLogin"));
        }
        if (user.isEmpty()) {
            throw InvalidRequestException.of(InputProblem.of("organizer", "launch.error.noUser", to));
        }
        if (user.get().role() != Role.ORGANIZER) {
            throw InvalidRequestException.of(InputProblem.of("organizer", "launch.error.wrongRole",
                    user.get().displayName(), user.get().role(), Role.ORGANIZER));
        }
        if (to.equals(organizer.username()) || !user.get().enabled()) {
            throw InvalidRequestException.of(InputProblem.of("organizer", to.equals(organizer.username())
                    ? "team.refused.delegateSelf" : "launch.error.disabled", user.get().displayName()));
        }
        String holder = tasks.decisionHolder(survey).orElse(null);
        tasks.delegateDecision(survey, organizer.username(), to, holder == null ? "" : nameOf(holder));
        history.record(surveyId, organizer.username(), SurveyEventKind.DECISION_DELEGATED,
                nameOf(organizer.username()) + " → " + user.get().displayName(), mapOf(holder), mapOf(to));
        notices.delegated(survey, to, organizer.username());
    }

    private static Map<String, String> mapOf(String holder) {
        return holder == null ? Map.of() : Map.of("holder", holder);
    }

    private String nameOf(String username) {
        return users.find(username).map(AppUser::displayName).orElse(username);
    }
}
