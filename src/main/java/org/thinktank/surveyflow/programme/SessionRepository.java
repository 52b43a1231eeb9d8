package org.thinktank.surveyflow.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

    private static final String COLUMNS = "id, meeting_id, name, name_en, held_on, starts_at, ends_at, room";
    private static final RowMapper<Session> SESSION = (rs, n) -> new Session(rs.getLong("id"), rs.getLong("meeting_id"),
            rs.getString("name"), rs.getString("name_en"), rs.getObject("held_on", LocalDate.class),
            rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class), rs.getString("room"));

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting's sessions in the order they are held. */
    List<Session> ofMeeting(long meetingId) {
        return jdbc.sql("select " + COLUMNS + " from meeting_session where meeting_id = ? order by held_on, starts_at, id")
                .param(meetingId).query(SESSION).list();
    }

    Optional<Session> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting_session where id = ?").param(id).query(SESSION).optional();
    }

    List<Session> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from meeting_session where id in (:ids)").param("ids", ids)
                .query(SESSION).list();
    }

    long insert(long meetingId, SessionInput session) {
        return jdbc.sql("""
                        insert into meeting_session (meeting_id, name, name_en, held_on, starts_at, ends_at, room)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(meetingId, session.name(), session.nameEn(), session.heldOn(), session.startsAt(),
                        session.endsAt(), session.room())
                .query(Long.class).single();
    }

    void update(long id, SessionInput session) {
        jdbc.sql("""
                        update meeting_session set name = ?, name_en = ?, held_on = ?, starts_at = ?, ends_at = ?, room = ?
                        where id = ?""")
                .params(session.name(), session.nameEn(), session.heldOn(), session.startsAt(), session.endsAt(),
                        session.room(), id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from meeting_session where id = ?").param(id).update();
    }
}
