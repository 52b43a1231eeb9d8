package org.thinktank.surveyflow.adoption;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;

/**
 * Who may see and write an investigation's adoption record: its team and the organizers read it, its lead and the
 * organizers record steps, only organizers take a step back. Reviewers and other researchers are refused as for any
 * investigation they do not work on.
 */
@Component
public class AdoptionAccess {

    private final SurveyAccess surveys;

    AdoptionAccess(SurveyAccess surveys) {
        this.surveys = surveys;
    }

    public Survey readable(long surveyId, Actor actor) {
        return actor.is(Role.ORGANIZER) ? surveys.visible(surveyId, actor) : surveys.ofTeam(surveyId, actor);
    }

    public Survey writable(long surveyId, Actor actor) {
        return actor.is(Role.ORGANIZER) ? surveys.visible(surveyId, actor) : surveys.ledBy(surveyId, actor);
    }

    public boolean canWrite(Survey survey, Actor actor) {
        return actor.is(Role.ORGANIZER) || survey.isLedBy(actor.username());
    }

    Survey correctable(long surveyId, Actor actor) {
        Survey survey = readable(surveyId, actor);
        actor.require(Role.ORGANIZER, "correct adoption records");
        return survey;
    }
}
