package org.thinktank.surveyflow.programme;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PresentationRepository {

    private static final String COLUMNS = "p.survey_id, p.session_id, p.presenter, p.starts_at, p.minutes";
    private static final RowMapper<Presentation> PRESENTATION = (rs, n) -> new Presentation(rs.getLong("survey_id"),
            rs.getLong("session_id"), rs.getString("presenter"), rs.getObject("starts_at", LocalTime.class),
            rs.getInt("minutes"));

    private final JdbcClient jdbc;

    PresentationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Presentation> find(long surveyId) {
        return jdbc.sql("select " + COLUMNS + " from presentation p where p.survey_id = ?").param(surveyId)
                .query(PRESENTATION).optional();
    }

    /** The presentations of a meeting's sessions, in the order they are given. */
    List<Presentation> ofMeeting(long meetingId) {
        return jdbc.sql("select " + COLUMNS + """
                         from presentation p join meeting_session s on s.id = p.session_id
                        where s.meeting_id = ? order by s.held_on, p.starts_at, p.survey_id""")
                .param(meetingId).query(PRESENTATION).list();
    }

    /** The presentations given on a day, in any meeting's sessions: where a presenter may be booked twice. */
    List<Presentation> onDay(LocalDate day) {
        return jdbc.sql("select " + COLUMNS + """
                         from presentation p join meeting_session s on s.id = p.session_id
                        where s.held_on = ? order by p.starts_at""")
                .param(day).query(PRESENTATION).list();
    }

    /** The presentations of the investigations a person is on the team of, the next first. */
    List<Presentation> ofTeamMember(String username) {
        return jdbc.sql("select " + COLUMNS + """
                         from presentation p join meeting_session s on s.id = p.session_id
                        where exists (select 1 from survey_member m where m.survey_id = p.survey_id and m.username = ?
                                        and m.role in ('LEAD', 'RESEARCHER'))
                        order by s.held_on, p.starts_at""")
                .param(username).query(PRESENTATION).list();
    }

    boolean anyIn(long sessionId) {
        return jdbc.sql("select exists (select 1 from presentation where session_id = ?)").param(sessionId)
                .query(Boolean.class).single();
    }

    void store(Presentation presentation, String scheduledBy, Instant at) {
        jdbc.sql("""
                        insert into presentation (survey_id, session_id, presenter, starts_at, minutes, scheduled_by, scheduled_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (survey_id) do update set session_id = excluded.session_id,
                            presenter = excluded.presenter, starts_at = excluded.starts_at, minutes = excluded.minutes,
                            scheduled_by = excluded.scheduled_by, scheduled_at = excluded.scheduled_at""")
                .params(presentation.surveyId(), presentation.sessionId(), presentation.presenter(),
                        presentation.startsAt(), presentation.minutes(), scheduledBy, Timestamp.from(at))
                .update();
    }

    boolean delete(long surveyId) {
        return jdbc.sql("delete from presentation where survey_id = ?").param(surveyId).update() > 0;
    }
}
