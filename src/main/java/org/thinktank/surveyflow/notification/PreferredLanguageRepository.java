package org.thinktank.surveyflow.notification;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PreferredLanguageRepository {

    private final JdbcClient jdbc;

    PreferredLanguageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(String username) {
        return jdbc.sql("select language from preferred_language where username = ?").param(username)
                .query(String.class).optional();
    }

    void store(String username, String language) {
        jdbc.sql("""
                insert into preferred_language (username, language) values (?, ?)
                on conflict (username) do update set language = excluded.language""")
                .params(username, language).update();
    }
}
