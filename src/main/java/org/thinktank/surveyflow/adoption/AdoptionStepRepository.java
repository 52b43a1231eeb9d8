package org.thinktank.surveyflow.adoption;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AdoptionStepRepository {

    record Row(long recommendationId, RecordedStep step) {
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("recommendation_id"), new RecordedStep(
            rs.getLong("id"), rs.getInt("position"),
            new AdoptionStep(AdoptionStep.Kind.valueOf(rs.getString("kind")), rs.getDate("happened_on").toLocalDate(),
                    rs.getString("agency"), rs.getString("by_whom"), rs.getString("level"), rs.getString("text"),
                    rs.getString("document"), rs.getString("link")),
            rs.getString("file_name") == null ? "" : rs.getString("file_name"), rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant()));

    private final JdbcClient jdbc;

    AdoptionStepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The steps of the given recommendations, each recommendation's in order. */
    List<Row> of(Collection<Long> recommendationIds) {
        if (recommendationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, recommendation_id, position, kind, happened_on, agency, by_whom, level, text, document,
                            link, file_name, recorded_by, recorded_at
                        from adoption_step where recommendation_id in (:ids) order by recommendation_id, position""")
                .param("ids", recommendationIds).query(ROW).list();
    }

    void insert(long recommendationId, int position, AdoptionStep step, Optional<StepFile> file, String recordedBy,
                Instant recordedAt) {
        jdbc.sql("""
                        insert into adoption_step (recommendation_id, position, kind, happened_on, agency, by_whom, level,
                            text, document, link, file_name, content_type, content, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(recommendationId, position, step.kind().name(), Date.valueOf(step.on()), step.agency(),
                        step.by(), step.level(), step.text(), step.document(), step.link(),
                        file.map(StepFile::fileName).orElse(null), file.map(StepFile::contentType).orElse(null),
                        file.map(StepFile::content).orElse(null), recordedBy, Timestamp.from(recordedAt))
                .update();
    }

    void delete(long stepId) {
        jdbc.sql("delete from adoption_step where id = ?").param(stepId).update();
    }

    Optional<StepFile> file(long recommendationId, long stepId) {
        return jdbc.sql("""
                        select file_name, content_type, content from adoption_step
                        where recommendation_id = ? and id = ? and content is not null""")
                .params(recommendationId, stepId)
                .query((rs, n) -> new StepFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }
}
