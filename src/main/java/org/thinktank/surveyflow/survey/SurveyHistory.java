package org.thinktank.surveyflow.survey;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of each investigation, written by the features as things happen. */
@Repository
public class SurveyHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(long surveyId, String actor, SurveyEventKind kind, String detail) {
        jdbc.sql("insert into survey_event (survey_id, occurred_at, actor, kind, detail) values (?, ?, ?, ?, ?)")
                .params(surveyId, java.sql.Timestamp.from(clock.instant()), actor, kind.name(), detail)
                .update();
    }

    public List<SurveyEvent> of(long surveyId) {
        return jdbc.sql("select occurred_at, actor, kind, detail from survey_event where survey_id = ? order by id")
                .param(surveyId)
                .query((rs, n) -> new SurveyEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        SurveyEventKind.valueOf(rs.getString("kind")), rs.getString("detail")))
                .list();
    }
}
