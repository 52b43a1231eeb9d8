package org.thinktank.surveyflow.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;

@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a notice unless the recipient already has one of the same occasion about the investigation that day;
     * answers whether it was stored. A null occasion is never merged.
     */
    boolean insert(String recipient, long surveyId, NotificationKind kind, String subject, String body,
                   String occasion, NoticeArguments arguments, Instant createdAt, LocalDate day) {
        return jdbc.sql("""
                insert into notification (recipient, survey_id, kind, subject, body, created_at, occasion, notice_day,
                                          arguments)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (recipient, survey_id, occasion, notice_day) where occasion is not null do nothing""")
                .params(recipient, surveyId, kind.name(), subject, body, Timestamp.from(createdAt), occasion, day,
                        arguments == null ? null : arguments.stored().toArray(String[]::new))
                .update() == 1;
    }

    /** A page of a person's notifications, all or only the unread, newest first, and how many match in all. */
    Page<Notification> ofRecipient(String recipient, boolean unreadOnly, PageRequest page) {
        String where = " where recipient = ?" + (unreadOnly ? " and read_at is null" : "");
        long total = jdbc.sql("select count(*) from notification" + where).param(recipient).query(Long.class).single();
        List<Notification> notifications = jdbc.sql("""
                        select id, recipient, survey_id, kind, subject, body, arguments, created_at, read_at
                        from notification"""
                        + where + " order by created_at desc, id desc limit ? offset ?")
                .params(recipient, page.size(), page.offset())
                .query(NotificationRepository::notification).list();
        return Page.of(notifications, page, total);
    }

    long unreadCount(String recipient) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null").param(recipient)
                .query(Long.class).single();
    }

    /** Marks a person's unread notifications read, those up to an id if one is given; answers how many. */
    int markRead(String recipient, Long upTo, Instant at) {
        return jdbc.sql("""
                        update notification set read_at = ?
                        where recipient = ? and read_at is null and (cast(? as bigint) is null or id <= ?)""")
                .params(Timestamp.from(at), recipient, upTo, upTo).update();
    }

    /**
     * Marks one of a person's notifications read (kept as first read if it was already); answers the investigation it
     * is about, empty for a notice about none, or null when the person has no such notification.
     */
    Optional<Long> markOneRead(String recipient, long id, Instant at) {
        return jdbc.sql("""
                        update notification set read_at = coalesce(read_at, ?)
                        where id = ? and recipient = ?
                        returning survey_id""")
                .params(Timestamp.from(at), id, recipient)
                .query((rs, row) -> Optional.ofNullable(rs.getObject("survey_id", Long.class))).optional()
                .orElse(null);
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        Array arguments = rs.getArray("arguments");
        return new Notification(rs.getLong("id"), rs.getString("recipient"), rs.getObject("survey_id", Long.class),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant(),
                arguments == null ? null : new NoticeArguments(List.of((String[]) arguments.getArray())));
    }
}
