package org.thinktank.surveyflow.team;

import java.util.Map;

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
        AppUser to = delegateOf(delegate, organizer);
        String holder = tasks.decisionHolder(survey).orElse(null);
        tasks.delegateDecision(survey, organizer.username(), to.username(), holder == null ? "" : nameOf(holder));
        history.record(surveyId, organizer.username(), SurveyEventKind.DECISION_DELEGATED,
                nameOf(organizer.username()) + " → " + to.displayName(), mapOf(holder), mapOf(to.username()));
        notices.delegated(survey, to.username(), organizer.username());
    }

    /** The organizer named to take the decision: an enabled organizer other than the one handing it over. */
    private AppUser delegateOf(String login, Actor organizer) {
        String name = login == null ? "" : login.strip();
        if (name.isEmpty()) {
            throw refused("team.refused.noLogin");
        }
        AppUser user = users.find(name).orElseThrow(() -> refused("launch.error.noUser", name));
        if (user.role() != Role.ORGANIZER) {
            throw refused("launch.error.wrongRole", user.displayName(), user.role(), Role.ORGANIZER);
        }
        if (user.username().equals(organizer.username())) {
            throw refused("team.refused.delegateSelf", user.displayName());
        }
        if (!user.enabled()) {
            throw refused("launch.error.disabled", user.displayName());
        }
        return user;
    }

    private static InvalidRequestException refused(String code, Object... arguments) {
        return InvalidRequestException.of(InputProblem.of("organizer", code, arguments));
    }

    private static Map<String, String> mapOf(String holder) {
        return holder == null ? Map.of() : Map.of("holder", holder);
    }

    private String nameOf(String username) {
        return users.find(username).map(AppUser::displayName).orElse(username);
    }
}
