package org.thinktank.surveyflow.survey;

import java.util.List;

import org.thinktank.surveyflow.security.Role;

/** A place on an investigation that organizers fill while it runs: a team researcher or a reviewer. */
public enum TeamPlace {
    RESEARCHER(Role.RESEARCHER), REVIEWER(Role.REVIEWER);

    private final Role role;

    TeamPlace(Role role) {
        this.role = role;
    }

    /** The role a person needs to take this place. */
    public Role role() {
        return role;
    }

    /** Who holds this place on the investigation. */
    public List<String> holdersOn(Survey survey) {
        return this == RESEARCHER ? survey.team() : survey.reviewers();
    }

    SurveyRepository.MemberRole memberRole() {
        return this == RESEARCHER ? SurveyRepository.MemberRole.RESEARCHER : SurveyRepository.MemberRole.REVIEWER;
    }
}
