package org.thinktank.surveyflow.team;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.notification.TeamChangeNotices;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.ConflictOverride;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.TeamChange;
import org.thinktank.surveyflow.survey.TeamPlace;
import org.thinktank.surveyflow.survey.TeamRoster;
import org.thinktank.surveyflow.workflow.TeamTasks;

/**
 * Changes of a running investigation's team, each in one transaction: the team in the database
 * ({@link TeamRoster}, which records each change in the history and so in the audit trail), its open tasks in the
 * process ({@link TeamTasks}), and the people concerned told. A task passed from one person to another is also
 * recorded as reassigned.
 */
@Service
public class TeamChanges {

    private final TeamRoster roster;
    private final TeamTasks tasks;
    private final TeamChangeNotices notices;
    private final ReportArchive reports;
    private final AuditTrail audit;

    TeamChanges(TeamRoster roster, TeamTasks tasks, TeamChangeNotices notices, ReportArchive reports,
                AuditTrail audit) {
        this.roster = roster;
        this.tasks = tasks;
        this.notices = notices;
        this.reports = reports;
        this.audit = audit;
    }

    /** A reviewer declines the review they were assigned; their open review task waits for the next reviewer. */
    @Transactional
    public Survey decline(long surveyId, Actor reviewer, String reason) {
        int version = reports.latestSubmittedNumber(surveyId);
        Survey survey = roster.decline(surveyId, reviewer, version, reason);
        if (!tasks.release(survey, reviewer.username())) {
            throw new ConflictException(Reason.of("refusal.taskAlreadyDone", Reason.of("task.reviewReport"),
                    survey.businessKey()));
        }
        notices.declined(survey, reviewer.username(), version, reason.strip());
        return survey;
    }

    /** An organizer gives a researcher's or reviewer's place, and their open task, to another person. */
    @Transactional
    public TeamChange replace(long surveyId, TeamPlace place, String member, String replacement,
                              ConflictOverride override, Actor organizer) {
        TeamChange change = roster.replace(surveyId, place, member, replacement, override, organizer);
        if (tasks.handOver(change.survey(), place, member, change.joining())) {
            audit.reassigned(surveyId, organizer.username(), "task " + place, member, change.joining());
        }
        notices.joined(change.survey(), place, change.joining(), organizer.username());
        notices.left(change.survey(), place, member, organizer.username());
        return change;
    }

    /** An organizer adds a researcher or reviewer, who gets a task of the step under way. */
    @Transactional
    public TeamChange add(long surveyId, TeamPlace place, String newcomer, ConflictOverride override,
                          Actor organizer) {
        TeamChange change = roster.add(surveyId, place, newcomer, override, organizer);
        tasks.giveTaskTo(change.survey(), place, change.joining());
        notices.joined(change.survey(), place, change.joining(), organizer.username());
        return change;
    }
}
