package org.thinktank.surveyflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String recipient, long surveyId, NotificationKind kind, String subject, String body, Instant createdAt) {
        jdbc.sql("""
                insert into notification (recipient, survey_id, kind, subject, body, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(recipient, surveyId, kind.name(), subject, body, Timestamp.from(createdAt))
                .update();
    }

    /** A person's notifications, newest first. */
    List<Notification> ofRecipient(String recipient) {
        return jdbc.sql("""
                select id, recipient, survey_id, kind, subject, body, created_at from notification
                where recipient = ? order by id desc""")
                .param(recipient)
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("recipient"),
                        (Long) rs.getObject("survey_id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
