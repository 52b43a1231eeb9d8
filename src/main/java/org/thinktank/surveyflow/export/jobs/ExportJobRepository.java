package org.thinktank.surveyflow.export.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExportJobRepository {

    private static final String SELECT = """
            select id, kind, meeting_id, requested_by, status, file_name, bytes, error, created_at, finished_at
            from export_job""";

    private final JdbcClient jdbc;

    ExportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, ExportKind kind, long meetingId, String requestedBy, String fileName, Instant now) {
        jdbc.sql("""
                insert into export_job (id, kind, meeting_id, requested_by, status, file_name, created_at)
                values (?, ?, ?, ?, 'QUEUED', ?, ?)""")
                .params(id, kind.name(), meetingId, requestedBy, fileName, Timestamp.from(now)).update();
    }

    void running(UUID id) {
        jdbc.sql("update export_job set status = 'RUNNING' where id = ?").param(id).update();
    }

    void done(UUID id, long bytes, Instant now) {
        jdbc.sql("update export_job set status = 'DONE', bytes = ?, finished_at = ? where id = ?")
                .params(bytes, Timestamp.from(now), id).update();
    }

    void failed(UUID id, String error, Instant now) {
        jdbc.sql("update export_job set status = 'FAILED', error = ?, finished_at = ? where id = ?")
                .params(error, Timestamp.from(now), id).update();
    }

    /** Jobs a stopped application left unfinished will never finish. */
    int failUnfinished(Instant now) {
        return jdbc.sql("""
                update export_job set status = 'FAILED', error = 'interrupted by a restart', finished_at = ?
                where status in ('QUEUED', 'RUNNING')""").param(Timestamp.from(now)).update();
    }

    Optional<ExportJob> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    private ExportJob row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        UUID id = rs.getObject("id", UUID.class);
        ExportStatus status = ExportStatus.valueOf(rs.getString("status"));
        return new ExportJob(id, ExportKind.valueOf(rs.getString("kind")), rs.getLong("meeting_id"),
                rs.getString("requested_by"), status, rs.getString("file_name"), (Long) rs.getObject("bytes"),
                rs.getString("error"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                status == ExportStatus.DONE ? "/api/exports/" + id + "/file" : null);
    }

    /** The exports that finished (done or failed) before the given instant. */
    List<UUID> finishedBefore(Instant instant) {
        return jdbc.sql("select id from export_job where finished_at < ?").param(Timestamp.from(instant))
                .query(UUID.class).list();
    }

    void delete(UUID id) {
        jdbc.sql("delete from export_job where id = ?").param(id).update();
    }
}
