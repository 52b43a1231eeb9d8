package org.thinktank.surveyflow.decision;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyHistory;
import org.thinktank.surveyflow.time.WorkCalendar;

/** Records what organizers decide on rejected reports and on approval, who decided and when. */
@Service
public class OrganizerDecisions {

    private final JdbcClient jdbc;
    private final SurveyHistory history;
    private final WorkCalendar calendar;

    OrganizerDecisions(JdbcClient jdbc, SurveyHistory history, WorkCalendar calendar) {
        this.jdbc = jdbc;
        this.history = history;
        this.calendar = calendar;
    }

    @Transactional
    public DecisionOutcome record(DecisionKind kind, long surveyId, int versionNumber, Actor actor, DecisionForm form) {
        if (!actor.is(Role.ORGANIZER)) {
            throw new ForbiddenException("Only organizers decide on " + kind.name().toLowerCase());
        }
        if (!kind.allows(form.decision())) {
            throw new InvalidRequestException("decision: must be one of " + kind.allowed());
        }
        if (form.decision().needsReason() && (form.reason() == null || form.reason().isBlank())) {
            throw new InvalidRequestException("reason: must not be blank when the decision is " + form.decision());
        }
        jdbc.sql("""
                insert into decision (survey_id, report_version_id, kind, outcome, reason, decided_by, decided_at)
                values (?, (select id from report_version where survey_id = ? and number = ?), ?, ?, ?, ?, ?)""")
                .params(surveyId, surveyId, versionNumber, kind.name(), form.decision().name(), form.reason(),
                        actor.username(), Timestamp.from(calendar.now()))
                .update();
        history.record(surveyId, actor.username(),
                kind == DecisionKind.APPROVAL ? SurveyEventKind.APPROVAL_DECIDED : SurveyEventKind.REJECTION_DECIDED,
                form.decision() + (form.reason() == null || form.reason().isBlank() ? "" : ": " + form.reason()));
        return form.decision();
    }

    public List<Decision> of(long surveyId) {
        return jdbc.sql("""
                select d.survey_id, d.kind, d.outcome, d.reason, v.number, d.decided_by, d.decided_at
                from decision d left join report_version v on v.id = d.report_version_id
                where d.survey_id = ? order by d.id""")
                .param(surveyId)
                .query((rs, n) -> new Decision(rs.getLong("survey_id"), DecisionKind.valueOf(rs.getString("kind")),
                        DecisionOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"),
                        (Integer) rs.getObject("number"), rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** The approval that published the report, if it was approved. */
    public Optional<Decision> approvalOf(long surveyId) {
        return of(surveyId).stream()
                .filter(d -> d.kind() == DecisionKind.APPROVAL && d.outcome() == DecisionOutcome.APPROVE)
                .reduce((first, second) -> second);
    }
}
