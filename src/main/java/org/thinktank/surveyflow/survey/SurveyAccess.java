package org.thinktank.surveyflow.survey;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.SurveyRepository.MemberRole;
import org.thinktank.surveyflow.survey.SurveyRepository.Membership;

/**
 * Who may see an investigation: organizers all of them, researchers those whose team they are on, reviewers
 * those they review. Admins run the engine and see no investigation content.
 */
@Component
public class SurveyAccess {

    private final SurveyRepository surveys;

    SurveyAccess(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    public Survey visible(long surveyId, Actor actor) {
        Survey survey = surveys.find(surveyId)
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noSurvey", String.valueOf(surveyId))));
        if (!canSee(survey, actor)) {
            throw new ForbiddenException(Reason.of("refusal.notAssigned", survey.businessKey()));
        }
        return survey;
    }

    public boolean canSee(Survey survey, Actor actor) {
        return switch (actor.role()) {
            case ORGANIZER -> true;
            case RESEARCHER -> survey.hasOnTeam(actor.username());
            case REVIEWER -> survey.hasReviewer(actor.username());
            case ADMIN -> false;
        };
    }

    /** The rule of {@link #canSee}, applied by the database to a page of a list. */
    Page<SurveySummary> visiblePage(Actor actor, SurveyFilter filter, LocalDate today, PageRequest page) {
        return switch (actor.role()) {
            case ORGANIZER -> surveys.summaries(filter, null, today, page);
            case RESEARCHER -> surveys.summaries(filter,
                    new Membership(actor.username(), EnumSet.of(MemberRole.LEAD, MemberRole.RESEARCHER)), today, page);
            case REVIEWER -> surveys.summaries(filter,
                    new Membership(actor.username(), EnumSet.of(MemberRole.REVIEWER)), today, page);
            case ADMIN -> Page.empty(page);
        };
    }

    List<Survey> visibleList(Actor actor) {
        return actor.is(Role.ORGANIZER) ? surveys.all()
                : actor.is(Role.ADMIN) ? List.of() : surveys.withMember(actor.username());
    }

    /** A survey the team works on: the caller must be on its team. */
    public Survey ofTeam(long surveyId, Actor actor) {
        Survey survey = visible(surveyId, actor);
        if (!survey.hasOnTeam(actor.username())) {
            throw new ForbiddenException(Reason.of("refusal.teamOnly", survey.businessKey()));
        }
        return survey;
    }

    /** A survey whose report the caller leads. */
    public Survey ledBy(long surveyId, Actor actor) {
        Survey survey = visible(surveyId, actor);
        if (!survey.isLedBy(actor.username())) {
            throw new ForbiddenException(Reason.of("refusal.leadOnly", survey.businessKey()));
        }
        return survey;
    }
}
