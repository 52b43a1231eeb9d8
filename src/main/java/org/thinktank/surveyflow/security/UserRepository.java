package org.thinktank.surveyflow.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thinktank.surveyflow.paging.LikePattern;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;

@Repository
class UserRepository {

    private static final String COLUMNS = "username, display_name, email, institution, role, enabled";
    private static final RowMapper<AppUser> USER = (rs, n) -> new AppUser(rs.getString("username"),
            rs.getString("display_name"), rs.getString("email"), rs.getString("institution"),
            Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"));

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AppUser> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = ?").param(username).query(USER).optional();
    }

    /** The account whose name is this one in any case (served by the index app_user_username_lower). */
    Optional<AppUser> findIgnoringCase(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = lower(?)").param(username)
                .query(USER).optional();
    }

    /** The users among the given names, by name. */
    List<AppUser> findAll(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from app_user where username in (:names) order by username")
                .param("names", usernames).query(USER).list();
    }

    /** The enabled users with a role, by name. */
    List<AppUser> withRole(Role role) {
        return jdbc.sql("select " + COLUMNS + " from app_user where role = ? and enabled order by username")
                .param(role.name()).query(USER).list();
    }

    List<String> institutions() {
        return jdbc.sql("select distinct institution from app_user where institution is not null order by institution")
                .query(String.class).list();
    }

    List<AppUser> all() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by username").query(USER).list();
    }

    /**
     * A page of the accounts with the role (if given) whose user name or display name holds the text (if given), in
     * any case, by user name; and how many match in all.
     */
    Page<AppUser> search(Role role, String text, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (role != null) {
            conditions.add("role = :role");
            params.put("role", role.name());
        }
        if (text != null) {
            conditions.add("(username ilike :text or display_name ilike :text)");
            params.put("text", LikePattern.containing(text));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from app_user" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<AppUser> users = jdbc.sql("select " + COLUMNS + " from app_user" + where
                + " order by username limit :limit offset :offset").params(params).query(USER).list();
        return Page.of(users, page, total);
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    void insert(AppUser user, String passwordHash) {
        jdbc.sql("""
                insert into app_user (username, display_name, email, institution, role, password_hash, enabled)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(user.username(), user.displayName(), user.email(), user.institution(), user.role().name(),
                        passwordHash, user.enabled())
                .update();
    }
}
