package org.thinktank.surveyflow.team;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.ReviewDecline;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.TeamRoster;
import org.thinktank.surveyflow.workflow.TeamTasks;

/** A running investigation's team as organizers manage it: who is on it, what waits for a reviewer, who declined. */
@Service
public class TeamOverview {

    /**
     * @param waitingReviews review tasks that wait for a reviewer after declines
     * @param decisionHolder the organizer the awaited decision was handed to, or null
     */
    public record Team(Survey survey, long waitingReviews, List<ReviewDecline> declines, String decisionHolder) {
    }

    private final SurveyAccess access;
    private final TeamRoster roster;
    private final TeamTasks tasks;

    TeamOverview(SurveyAccess access, TeamRoster roster, TeamTasks tasks) {
        this.access = access;
        this.roster = roster;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public Team of(long surveyId, Actor actor) {
        actor.require(Role.ORGANIZER, "manage teams");
        Survey survey = access.visible(surveyId, actor);
        return new Team(survey, tasks.waitingReviews(survey), roster.declinesOf(surveyId, actor),
                tasks.decisionHolder(survey).orElse(null));
    }
}
