package org.thinktank.surveyflow.decision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a decision on a version of the report, which is named by its number within the survey. */
    void insert(long surveyId, int versionNumber, DecisionKind kind, DecisionForm form, String decidedBy,
                Instant decidedAt) {
        jdbc.sql("""
                insert into decision (survey_id, report_version_id, kind, outcome, reason, decided_by, decided_at)
                values (?, (select id from report_version where survey_id = ? and number = ?), ?, ?, ?, ?, ?)""")
                .params(surveyId, surveyId, versionNumber, kind.name(), form.decision().name(), form.reason(),
                        decidedBy, Timestamp.from(decidedAt))
                .update();
    }

    /** The decisions on a survey, oldest first. */
    List<Decision> ofSurvey(long surveyId) {
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
}
