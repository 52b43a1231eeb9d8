package org.thinktank.surveyflow.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of the application's tables and of Camunda's runtime and history tables, to show that a refused request
 * left the database as it was. The tables are read from the database itself, so a table a new migration creates is
 * covered without a change here.
 */
public record DatabaseSnapshot(Map<String, Long> rows) {

    /** Camunda's tables of running processes ({@code act_ru_*}) and of their history ({@code act_hi_*}). */
    private static final List<String> ENGINE_TABLE_PREFIXES = List.of("act_ru_", "act_hi_");

    /** Every Camunda table starts so; the application's own tables never do. */
    private static final String ENGINE_PREFIX = "act_";

    /** Flyway's record of the migrations it ran: not the application's data. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * Tables written on their own, whatever a request does, and so left out:
     * <ul>
     * <li>{@code act_ru_meter_log}: the engine's metrics reporter flushes its counters to it from a timer thread
     * (every 15 minutes by default), so a flush may fall between the two snapshots of a refusal.</li>
     * <li>{@code login_throttle}: a refused sign-in is counted there (security.LoginThrottle), by design; it holds
     * no application data.</li>
     * </ul>
     */
    static final Set<String> WRITTEN_IN_THE_BACKGROUND = Set.of("act_ru_meter_log", "login_throttle");

    public static DatabaseSnapshot of(JdbcClient jdbc) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables(jdbc)) {
            rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return new DatabaseSnapshot(rows);
    }

    /** A fingerprint of every row of the application's tables, to catch updates as well as inserts. */
    public static String contentOf(JdbcClient jdbc) {
        StringBuilder content = new StringBuilder();
        for (String table : applicationTables(jdbc)) {
            content.append(table).append(':').append(jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
                    + table + " t").query(String.class).single()).append('\n');
        }
        return content.toString();
    }

    /** The tables a snapshot counts: the application's tables, then Camunda's runtime and history tables. */
    public static List<String> tables(JdbcClient jdbc) {
        List<String> all = allTables(jdbc);
        List<String> tables = new ArrayList<>(applicationTables(all));
        all.stream().filter(DatabaseSnapshot::isEngineTable).filter(t -> !WRITTEN_IN_THE_BACKGROUND.contains(t))
                .forEach(tables::add);
        return tables;
    }

    /** The tables the application's Flyway migrations created: all but Camunda's and Flyway's own. */
    public static List<String> applicationTables(JdbcClient jdbc) {
        return applicationTables(allTables(jdbc));
    }

    private static List<String> applicationTables(List<String> all) {
        return all.stream().filter(t -> !t.startsWith(ENGINE_PREFIX) && !t.equals(FLYWAY_HISTORY))
                .filter(t -> !WRITTEN_IN_THE_BACKGROUND.contains(t)).toList();
    }

    private static boolean isEngineTable(String table) {
        return ENGINE_TABLE_PREFIXES.stream().anyMatch(table::startsWith);
    }

    /** Every table of the schema the application and the engine share, by name. */
    private static List<String> allTables(JdbcClient jdbc) {
        return jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                order by table_name""").query(String.class).list();
    }
}
