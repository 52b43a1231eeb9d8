package org.thinktank.surveyflow.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Who is on a running investigation: organizers replace or add researchers and reviewers, and a reviewer declines
 * their assignment. Each change keeps the conflict-of-interest rule of the launch and is recorded in the history (and
 * so in the audit trail). The process reads the team from here ({@code surveyTeam}); moving the open tasks along is
 * the caller's part, in the same transaction.
 */
@Service
public class TeamRoster {

    /** The longest reason a reviewer may give for declining. */
    public static final int REASON_LIMIT = 1000;

    private final SurveyRepository surveys;
    private final ReviewDeclineRepository declines;
    private final SurveyAccess access;
    private final TeamChangeRules rules;
    private final ConflictOfInterest conflictsOfInterest;
    private final SurveyHistory history;
    private final WorkCalendar calendar;

    TeamRoster(SurveyRepository surveys, ReviewDeclineRepository declines, SurveyAccess access, TeamChangeRules rules,
               ConflictOfInterest conflictsOfInterest, SurveyHistory history, WorkCalendar calendar) {
        this.surveys = surveys;
        this.declines = declines;
        this.access = access;
        this.rules = rules;
        this.conflictsOfInterest = conflictsOfInterest;
        this.history = history;
        this.calendar = calendar;
    }

    /** An organizer gives a member's place to another person. */
    @Transactional
    public TeamChange replace(long surveyId, TeamPlace place, String member, String replacement,
                              ConflictOverride override, Actor actor) {
        Survey survey = changeable(surveyId, actor);
        rules.checkLeaving(survey, place, member);
        String joining = stripped(replacement);
        rules.checkJoining(survey, place, joining, "replacement");
        List<String> holders = new ArrayList<>(place.holdersOn(survey));
        holders.set(holders.indexOf(member), joining);
        Survey after = with(survey, place, holders);
        List<ConflictOfInterest.Conflict> conflicts = conflictsOfInterest.checkChange(survey, after, override);
        surveys.removeMember(surveyId, member, place.memberRole());
        surveys.addMember(surveyId, joining, place.memberRole());
        record(survey, after, place, actor, rules.nameOf(member) + " → " + rules.nameOf(joining));
        if (!conflicts.isEmpty()) {
            conflictsOfInterest.recordOverride(after, actor, conflicts, override);
        }
        return new TeamChange(after, place, member, joining);
    }

    /** An organizer adds a person to the team or to the reviewers. */
    @Transactional
    public TeamChange add(long surveyId, TeamPlace place, String newcomer, ConflictOverride override, Actor actor) {
        Survey survey = changeable(surveyId, actor);
        String joining = stripped(newcomer);
        rules.checkJoining(survey, place, joining, "login");
        List<String> holders = new ArrayList<>(place.holdersOn(survey));
        holders.add(joining);
        Survey after = with(survey, place, holders);
        List<ConflictOfInterest.Conflict> conflicts = conflictsOfInterest.checkChange(survey, after, override);
        surveys.addMember(surveyId, joining, place.memberRole());
        record(survey, after, place, actor, "+ " + rules.nameOf(joining));
        if (!conflicts.isEmpty()) {
            conflictsOfInterest.recordOverride(after, actor, conflicts, override);
        }
        return new TeamChange(after, place, null, joining);
    }

    /**
     * A reviewer declines their assignment during the review of a version, with a reason: they leave the reviewers
     * (and no longer see the investigation) and the decline is kept for the organizers.
     */
    @Transactional
    public Survey decline(long surveyId, Actor reviewer, int versionNumber, String reason) {
        Survey survey = access.visible(surveyId, reviewer);
        if (!survey.hasReviewer(reviewer.username())) {
            throw new ForbiddenException(Reason.of("refusal.reviewersOnly", survey.businessKey()));
        }
        if (survey.stage() != SurveyStage.REVIEW) {
            throw new ConflictException(Reason.of("refusal.notInReview", survey.businessKey(), survey.stage()));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LIMIT) {
            throw InvalidRequestException.of(InputProblem.of("reason",
                    why.isEmpty() ? "team.refused.noReason" : "team.refused.reasonTooLong", REASON_LIMIT));
        }
        declines.insert(surveyId, new ReviewDecline(reviewer.username(), versionNumber, why, calendar.now()));
        surveys.removeMember(surveyId, reviewer.username(), SurveyRepository.MemberRole.REVIEWER);
        history.recordAboutVersion(surveyId, reviewer.username(), SurveyEventKind.REVIEW_DECLINED, versionNumber,
                rules.nameOf(reviewer.username()) + ": " + why);
        return surveys.find(surveyId).orElseThrow();
    }

    /** The declines of an investigation, oldest first; for organizers. */
    @Transactional(readOnly = true)
    public List<ReviewDecline> declinesOf(long surveyId, Actor actor) {
        actor.require(Role.ORGANIZER, "read declines");
        return declines.ofSurvey(access.visible(surveyId, actor).id());
    }

    /** An investigation whose team the actor, an organizer, may change now. */
    private Survey changeable(long surveyId, Actor actor) {
        actor.require(Role.ORGANIZER, "change teams");
        Survey survey = access.visible(surveyId, actor);
        rules.requireRunning(survey);
        return survey;
    }

    private void record(Survey before, Survey after, TeamPlace place, Actor actor, String detail) {
        String key = place == TeamPlace.RESEARCHER ? "team" : "reviewers";
        history.record(before.id(), actor.username(), SurveyEventKind.TEAM_CHANGED, detail,
                Map.of(key, place.holdersOn(before)), Map.of(key, place.holdersOn(after)));
    }

    private static Survey with(Survey survey, TeamPlace place, List<String> holders) {
        return place == TeamPlace.RESEARCHER ? survey.withMembers(List.copyOf(holders), survey.reviewers())
                : survey.withMembers(survey.team(), List.copyOf(holders));
    }

    private static String stripped(String login) {
        return login == null ? null : login.strip();
    }
}
