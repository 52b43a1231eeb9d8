package org.thinktank.surveyflow.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LoginThrottleRepository {

    private static final RowMapper<LoginFailures> FAILURES = (rs, n) -> new LoginFailures(rs.getInt("failures"),
            rs.getTimestamp("window_started").toInstant(),
            rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant());

    private final JdbcClient jdbc;

    LoginThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LoginFailures> find(String username) {
        return jdbc.sql("select failures, window_started, locked_until from login_throttle where username = ?")
                .param(username).query(FAILURES).optional();
    }

    /** The username's record, created empty if it has none, and locked until the transaction ends. */
    LoginFailures lockForUpdate(String username, Instant now) {
        jdbc.sql("""
                insert into login_throttle (username, failures, window_started, expires_at) values (?, 0, ?, ?)
                on conflict (username) do nothing""")
                .params(username, Timestamp.from(now), Timestamp.from(now)).update();
        return jdbc.sql("select failures, window_started, locked_until from login_throttle where username = ? for update")
                .param(username).query(FAILURES).single();
    }

    void save(String username, LoginFailures failures, Instant expiresAt) {
        jdbc.sql("""
                update login_throttle set failures = ?, window_started = ?, locked_until = ?, expires_at = ?
                where username = ?""")
                .params(failures.failures(), Timestamp.from(failures.windowStarted()),
                        failures.lockedUntil() == null ? null : Timestamp.from(failures.lockedUntil()),
                        Timestamp.from(expiresAt), username)
                .update();
    }

    void delete(String username) {
        jdbc.sql("delete from login_throttle where username = ?").param(username).update();
    }

    /** Forgets the records that no longer count, so that names tried once do not pile up. */
    void deleteExpired(Instant now) {
        jdbc.sql("delete from login_throttle where expires_at <= ?").param(Timestamp.from(now)).update();
    }
}
