package org.thinktank.surveyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/**
 * The database itself refuses to change or remove audit events, whoever connects: the application has no route for
 * it, and SQL sent straight to the database is refused too.
 */
@IntegrationTest
class AuditTrailAppendOnlyIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Surveys surveys;

    private long eventId;

    @BeforeEach
    void anEvent() {
        long surveyId = surveys.launch().id();
        eventId = jdbc.sql("select max(id) from audit_event where survey_id = ?").param(surveyId).query(Long.class)
                .single();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "update audit_event set actor = 'mallory' where id = :id",
            "update audit_event set after_value = null, subject = 'nothing happened' where id = :id",
            "update audit_event set at = now() where id < 0",
            "delete from audit_event where id = :id",
            "delete from audit_event where id < 0",
            "truncate audit_event",
            "truncate audit_event cascade"})
    void theDatabaseRefusesEveryChangeToTheAuditTrail(String statement) {
        String before = DatabaseSnapshot.contentOf(jdbc);

        assertThatThrownBy(() -> jdbc.sql(statement).params(java.util.Map.of("id", eventId)).update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_event is append-only");

        assertThat(DatabaseSnapshot.contentOf(jdbc)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where id = ?").param(eventId).query(Long.class).single())
                .isEqualTo(1);
    }
}
