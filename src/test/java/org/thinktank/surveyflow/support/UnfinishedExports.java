package org.thinktank.surveyflow.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each test, waits until no export job is queued or running (reading {@code export_job}), so that no background
 * export a test started runs on into a later test: writing its job's row while that test compares snapshots of the
 * database, or taking the CPU it is timed on. Every {@link IntegrationTest} has it.
 */
public final class UnfinishedExports implements AfterEachCallback {

    /** The longest a test gives one background export to finish. */
    public static final Duration LONGEST_EXPORT = Duration.ofSeconds(60);

    @Override
    public void afterEach(ExtensionContext context) {
        awaitNone(SpringExtension.getApplicationContext(context).getBean(JdbcClient.class));
    }

    public static void awaitNone(JdbcClient jdbc) {
        await("background exports to finish").atMost(LONGEST_EXPORT)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from export_job where status in ('QUEUED', 'RUNNING')")
                        .query(Long.class).single(), unfinished -> unfinished == 0);
    }
}
