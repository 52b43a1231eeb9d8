package org.thinktank.surveyflow.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of the application's tables and of Camunda's runtime tables, to show that a refused request left
 * the database as it was.
 */
public record DatabaseSnapshot(Map<String, Long> rows) {

    private static final List<String> TABLES = List.of("app_user", "meeting", "survey", "survey_member",
            "survey_event", "finding", "finding_figure", "report_version", "review", "decision", "notification",
            "act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job", "act_hi_taskinst");

    public static DatabaseSnapshot of(JdbcClient jdbc) {
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.forEach(table -> rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        return new DatabaseSnapshot(rows);
    }

    /** A fingerprint of every row of the application's content tables, to catch updates as well as inserts. */
    public static String contentOf(JdbcClient jdbc) {
        StringBuilder content = new StringBuilder();
        for (String table : List.of("survey", "finding", "finding_figure", "report_version", "review", "decision")) {
            content.append(table).append(':').append(jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
                    + table + " t").query(String.class).single()).append('\n');
        }
        return content.toString();
    }
}
