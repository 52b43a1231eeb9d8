package org.thinktank.surveyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The "a refusal writes nothing" snapshot keeps up with the schema: every table a migration creates is in it. */
@IntegrationTest
class DatabaseSnapshotIT {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");

    @Autowired
    JdbcClient jdbc;

    private static List<String> tablesTheMigrationsCreate() throws IOException {
        List<String> tables = new ArrayList<>();
        for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
            Matcher created = CREATE_TABLE.matcher(script.getContentAsString(StandardCharsets.UTF_8));
            while (created.find()) {
                tables.add(created.group(1).toLowerCase());
            }
        }
        // written in the background or by design on a refusal (each named with its reason in DatabaseSnapshot)
        tables.removeAll(DatabaseSnapshot.WRITTEN_IN_THE_BACKGROUND);
        return tables;
    }

    @Test
    void countsTheRowsOfEveryTableTheMigrationsCreateAndOfTheEnginesRunningAndHistoryTables() throws IOException {
        List<String> counted = List.copyOf(DatabaseSnapshot.of(jdbc).rows().keySet());

        assertThat(tablesTheMigrationsCreate()).contains("finding_attachment", "export_job");
        assertThat(counted).containsAll(tablesTheMigrationsCreate())
                .contains("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job", "act_hi_taskinst",
                        "act_hi_procinst", "act_hi_actinst")
                .doesNotContain("flyway_schema_history")
                .allMatch(table -> !table.startsWith("act_") || table.startsWith("act_ru_") || table.startsWith("act_hi_"));
    }

    @Test
    void fingerprintsTheRowsOfEveryTableTheMigrationsCreate() throws IOException {
        assertThat(DatabaseSnapshot.applicationTables(jdbc)).containsExactlyInAnyOrderElementsOf(tablesTheMigrationsCreate());
        assertThat(DatabaseSnapshot.contentOf(jdbc).lines().map(line -> line.substring(0, line.indexOf(':'))))
                .containsExactlyInAnyOrderElementsOf(tablesTheMigrationsCreate());
    }
}
