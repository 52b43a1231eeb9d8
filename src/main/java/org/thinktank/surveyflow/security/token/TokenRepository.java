package org.thinktank.surveyflow.security.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thinktank.surveyflow.security.Role;

@Repository
class TokenRepository {

    private static final String SUMMARY_COLUMNS = "id, username, name, created_at, expires_at, last_used_at";
    private static final RowMapper<TokenSummary> SUMMARY = (rs, n) -> new TokenSummary(rs.getLong("id"),
            rs.getString("username"), rs.getString("name"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("last_used_at")));
    private static final RowMapper<TokenOwner> OWNER = (rs, n) -> new TokenOwner(rs.getLong("id"),
            rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
            instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("last_used_at")));

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The token with this hash and its owner's role and state: one select, by the unique index on the hash. */
    Optional<TokenOwner> findByHash(byte[] secretHash) {
        return jdbc.sql("""
                        select t.id, t.username, u.role, u.enabled, t.expires_at, t.last_used_at
                        from personal_access_token t join app_user u on u.username = t.username
                        where t.secret_hash = ?""")
                .param(secretHash).query(OWNER).optional();
    }

    TokenSummary insert(String username, String name, byte[] secretHash, Instant createdAt, Instant expiresAt) {
        return jdbc.sql("insert into personal_access_token (username, name, secret_hash, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?) returning " + SUMMARY_COLUMNS)
                .params(username, name, secretHash, Timestamp.from(createdAt), Timestamp.from(expiresAt))
                .query(SUMMARY).single();
    }

    Optional<TokenSummary> find(long id) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from personal_access_token where id = ?").param(id)
                .query(SUMMARY).optional();
    }

    /** A user's tokens, the newest first. */
    List<TokenSummary> ofOwner(String username) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from personal_access_token where username = ? order by id desc")
                .param(username).query(SUMMARY).list();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from personal_access_token where id = ?").param(id).update() > 0;
    }

    /** Records a use unless one at or after {@code recordedSince} is recorded already (by another node, say). */
    void recordUse(long id, Instant now, Instant recordedSince) {
        jdbc.sql("""
                        update personal_access_token set last_used_at = ?
                        where id = ? and (last_used_at is null or last_used_at < ?)""")
                .params(Timestamp.from(now), id, Timestamp.from(recordedSince)).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
