package org.thinktank.surveyflow.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;

/** The {@code audit_event} table: inserts and reads only; the database refuses anything else. */
@Repository
class AuditRepository {

    private static final String COLUMNS = "select id, at, actor, kind, survey_id, meeting_id, subject,"
            + " before_value::text as before_value, after_value::text as after_value, client_address from audit_event";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, String actor, AuditKind kind, Long surveyId, Long meetingId, String subject,
                String before, String after, String clientAddress) {
        jdbc.sql("""
                        insert into audit_event (at, actor, kind, survey_id, meeting_id, subject, before_value, after_value,
                                                 client_address)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
                .params(Timestamp.from(at), actor, kind.name(), surveyId, meetingId, subject, before, after,
                        clientAddress)
                .update();
    }

    /**
     * A page of the events matching the query, newest first, and how many match in all.
     *
     * @param fromInclusive the earliest moment, or null
     * @param toExclusive   the first moment no longer included, or null
     */
    Page<AuditEvent> search(AuditQuery query, PageRequest page, Instant fromInclusive, Instant toExclusive) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.surveyId() != null) {
            conditions.add("survey_id = ?");
            params.add(query.surveyId());
        }
        if (query.actor() != null) {
            conditions.add("actor = ?");
            params.add(query.actor());
        }
        if (query.kind() != null) {
            conditions.add("kind = ?");
            params.add(query.kind().name());
        }
        if (fromInclusive != null) {
            conditions.add("at >= ?");
            params.add(Timestamp.from(fromInclusive));
        }
        if (toExclusive != null) {
            conditions.add("at < ?");
            params.add(Timestamp.from(toExclusive));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size());
        paged.add(page.offset());
        List<AuditEvent> events = jdbc.sql(COLUMNS + where + " order by id desc limit ? offset ?").params(paged)
                .query(AuditRepository::event).list();
        return Page.of(events, page, total);
    }

    /** The events of an investigation in the order they happened. */
    List<AuditEvent> ofSurvey(long surveyId) {
        return jdbc.sql(COLUMNS + " where survey_id = ? order by id").param(surveyId)
                .query(AuditRepository::event).list();
    }

    /** The events about a meeting as a whole, in the order they happened. */
    List<AuditEvent> ofMeeting(long meetingId) {
        return jdbc.sql(COLUMNS + " where meeting_id = ? order by id").param(meetingId)
                .query(AuditRepository::event).list();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                AuditKind.valueOf(rs.getString("kind")), rs.getObject("survey_id", Long.class),
                rs.getObject("meeting_id", Long.class), rs.getString("subject"), rs.getString("before_value"),
                rs.getString("after_value"), rs.getString("client_address"));
    }
}
