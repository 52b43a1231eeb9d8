package org.thinktank.surveyflow.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SurveyEventRepository {

    private final JdbcClient jdbc;

    SurveyEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long surveyId, Instant occurredAt, String actor, SurveyEventKind kind, String detail,
                Integer versionNumber) {
        jdbc.sql("""
                insert into survey_event (survey_id, occurred_at, actor, kind, detail, version_number)
                values (?, ?, ?, ?, ?, ?)""")
                .params(surveyId, Timestamp.from(occurredAt), actor, kind.name(), detail, versionNumber)
                .update();
    }

    /** The events of a survey in the order they happened. */
    List<SurveyEvent> ofSurvey(long surveyId) {
        return jdbc.sql("""
                select occurred_at, actor, kind, detail, version_number from survey_event
                where survey_id = ? order by id""")
                .param(surveyId)
                .query((rs, n) -> new SurveyEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        SurveyEventKind.valueOf(rs.getString("kind")), rs.getString("detail"),
                        (Integer) rs.getObject("version_number")))
                .list();
    }
}
