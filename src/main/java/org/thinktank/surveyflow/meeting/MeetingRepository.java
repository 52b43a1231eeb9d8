package org.thinktank.surveyflow.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

    private static final String COLUMNS = "id, code, name, city, opens_on, theme";
    private static final RowMapper<Meeting> MEETING = (rs, n) -> new Meeting(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), rs.getString("city"), rs.getObject("opens_on", LocalDate.class),
            rs.getString("theme"));

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every meeting, the next or latest first. */
    List<Meeting> all() {
        return jdbc.sql("select " + COLUMNS + " from meeting order by opens_on desc nulls last, code").query(MEETING).list();
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting where id = ?").param(id).query(MEETING).optional();
    }

    /** The meeting with that code, whatever its case (index meeting_code_lower). */
    Optional<Meeting> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from meeting where lower(code) = lower(?)").param(code).query(MEETING)
                .optional();
    }

    /** Stores a new meeting and returns its id. */
    long insert(NewMeeting meeting) {
        return jdbc.sql("insert into meeting (code, name, city, opens_on, theme) values (?, ?, ?, ?, ?) returning id")
                .params(meeting.code(), meeting.name(), meeting.city(), meeting.opensOn(), meeting.theme())
                .query(Long.class).single();
    }

    void updateOpensOn(long id, LocalDate opensOn) {
        jdbc.sql("update meeting set opens_on = ? where id = ?").params(opensOn, id).update();
    }
}
