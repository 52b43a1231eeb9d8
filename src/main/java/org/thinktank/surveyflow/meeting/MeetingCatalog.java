package org.thinktank.surveyflow.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/** The meetings investigations are launched for. Organizers add them; everyone signed in may list them. */
@Service
public class MeetingCatalog {

    private static final String COLUMNS = "id, code, name, city, opens_on, theme";
    private static final RowMapper<Meeting> MEETING = (rs, n) -> new Meeting(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), rs.getString("city"), rs.getObject("opens_on", java.time.LocalDate.class),
            rs.getString("theme"));

    private final JdbcClient jdbc;

    MeetingCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Meeting> all() {
        return jdbc.sql("select " + COLUMNS + " from meeting order by opens_on desc nulls last, code").query(MEETING).list();
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting where id = ?").param(id).query(MEETING).optional();
    }

    public Optional<Meeting> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from meeting where code = ?").param(code).query(MEETING).optional();
    }

    @Transactional
    public Meeting create(NewMeeting request, Actor actor) {
        if (!actor.is(Role.ORGANIZER)) {
            throw new ForbiddenException("Only organizers add meetings");
        }
        if (findByCode(request.code()).isPresent()) {
            throw new ConflictException("A meeting with code '" + request.code() + "' already exists");
        }
        long id = jdbc.sql("insert into meeting (code, name, city, opens_on, theme) values (?, ?, ?, ?, ?) returning id")
                .params(request.code(), request.name(), request.city(), request.opensOn(), request.theme())
                .query(Long.class).single();
        return find(id).orElseThrow();
    }
}
