package org.thinktank.surveyflow.notification;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.TeamPlace;

/**
 * Tells the people a change of team concerns, each in their own language: every organizer that a reviewer declined
 * (and why), a person that they joined or left an investigation, an organizer that a decision was handed to them.
 */
@Service
public class TeamChangeNotices {

    private final NoticeWriter writer;
    private final UserDirectory users;

    TeamChangeNotices(NoticeWriter writer, UserDirectory users) {
        this.writer = writer;
        this.users = users;
    }

    public void declined(Survey survey, String reviewer, int versionNumber, String reason) {
        users.withRole(Role.ORGANIZER).stream().map(AppUser::username).forEach(organizer -> writer.tell(organizer,
                survey, NotificationKind.REVIEW_DECLINED, null, nameOf(reviewer), versionNumber, reason));
    }

    public void joined(Survey survey, TeamPlace place, String person, String organizer) {
        writer.tell(person, survey, NotificationKind.TEAM_JOINED, null, label(place), nameOf(organizer));
    }

    public void left(Survey survey, TeamPlace place, String person, String organizer) {
        writer.tell(person, survey, NotificationKind.TEAM_LEFT, null, label(place), nameOf(organizer));
    }

    public void delegated(Survey survey, String delegate, String organizer) {
        writer.tell(delegate, survey, NotificationKind.DECISION_DELEGATED, null, nameOf(organizer));
    }

    private static NoticeArguments.Label label(TeamPlace place) {
        return new NoticeArguments.Label("team.place." + place);
    }

    private String nameOf(String username) {
        return users.find(username).map(AppUser::displayName).orElse(username);
    }
}
