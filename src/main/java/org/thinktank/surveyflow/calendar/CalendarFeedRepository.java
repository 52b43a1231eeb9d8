package org.thinktank.surveyflow.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thinktank.surveyflow.security.Role;

@Repository
class CalendarFeedRepository {

    /** The owner of a feed, with the role and state of their account now. */
    record Owner(String username, Role role, boolean enabled) {
    }

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One select, by the unique index on the hash. */
    Optional<Owner> ownerOf(byte[] secretHash) {
        return jdbc.sql("""
                        select u.username, u.role, u.enabled
                        from calendar_feed f join app_user u on u.username = f.username where f.secret_hash = ?""")
                .param(secretHash)
                .query((rs, n) -> new Owner(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /** Gives someone a feed with this secret, replacing the one they had. */
    void replace(String username, byte[] secretHash, Instant createdAt) {
        jdbc.sql("""
                        insert into calendar_feed (username, secret_hash, created_at) values (?, ?, ?)
                        on conflict (username) do update set secret_hash = excluded.secret_hash,
                                                             created_at = excluded.created_at""")
                .params(username, secretHash, Timestamp.from(createdAt)).update();
    }

    Optional<Instant> createdAt(String username) {
        return jdbc.sql("select created_at from calendar_feed where username = ?").param(username)
                .query((rs, n) -> rs.getTimestamp("created_at").toInstant()).optional();
    }

    boolean delete(String username) {
        return jdbc.sql("delete from calendar_feed where username = ?").param(username).update() > 0;
    }
}
