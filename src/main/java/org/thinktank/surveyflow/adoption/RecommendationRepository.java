package org.thinktank.surveyflow.adoption;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RecommendationRepository {

    /** A recommendation without its steps, and the investigation's key and topic for the meeting's lists. */
    record Row(long id, long surveyId, String surveyKey, String topic, int number, String text, LocalDate trackedOn) {
    }

    private static final String SELECT = """
            select r.id, r.survey_id, s.business_key, s.topic, r.number, r.text, r.tracked_on
            from recommendation r join survey s on s.id = r.survey_id""";
    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getLong("survey_id"),
            rs.getString("business_key"), rs.getString("topic"), rs.getInt("number"), rs.getString("text"),
            rs.getDate("tracked_on").toLocalDate());

    private final JdbcClient jdbc;

    RecommendationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> ofSurvey(long surveyId) {
        return jdbc.sql(SELECT + " where r.survey_id = ? order by r.number").param(surveyId).query(ROW).list();
    }

    Optional<Row> find(long surveyId, long id) {
        return jdbc.sql(SELECT + " where r.survey_id = ? and r.id = ?").params(surveyId, id).query(ROW).optional();
    }

    /** Locks the investigation's recommendations, so that steps recorded at the same time take their turns. */
    void lockOfSurvey(long surveyId) {
        jdbc.sql("select id from recommendation where survey_id = ? order by id for update").param(surveyId)
                .query(Long.class).list();
    }

    List<Row> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + " where s.meeting_id = ? order by s.business_key, r.number").param(meetingId)
                .query(ROW).list();
    }

    /**
     * Stores the recommendations of an approved version: a number already tracked keeps its id (and its steps) and
     * takes the new text; a number the version no longer has is removed unless steps were recorded against it.
     */
    void store(long surveyId, int versionNumber, List<String> texts, LocalDate on, Instant at) {
        for (int i = 0; i < texts.size(); i++) {
            jdbc.sql("""
                            insert into recommendation (survey_id, number, text, version_number, tracked_on, tracked_at)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (survey_id, number) do update set text = excluded.text,
                                version_number = excluded.version_number""")
                    .params(surveyId, i + 1, texts.get(i), versionNumber, Date.valueOf(on), Timestamp.from(at)).update();
        }
        jdbc.sql("""
                        delete from recommendation r where r.survey_id = ? and r.number > ?
                        and not exists (select 1 from adoption_step a where a.recommendation_id = r.id)""")
                .params(surveyId, texts.size()).update();
    }
}
