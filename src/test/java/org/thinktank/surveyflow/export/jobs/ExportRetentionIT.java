package org.thinktank.surveyflow.export.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.support.UnfinishedExports;
import org.thinktank.surveyflow.time.WorkCalendar;

/** Export files are the application's own: in a private directory, readable by it alone, deleted after a while. */
@IntegrationTest
class ExportRetentionIT {

    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    ExportFiles files;
    @Autowired
    ExportRetention retention;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkCalendar calendar;

    private UUID finishedExport() {
        UUID job = UUID.fromString(api.as("organizer").post("/api/meetings/" + surveys.meetingId() + "/exports",
                "{\"kind\":\"WORKBOOK\"}").body().path("id").asText());
        await().atMost(UnfinishedExports.LONGEST_EXPORT).pollInterval(Duration.ofMillis(200))
                .until(() -> "DONE".equals(status(job)));
        return job;
    }

    private String status(UUID job) {
        return jdbc.sql("select status from export_job where id = ?").param(job).query(String.class).optional()
                .orElse(null);
    }

    @Test
    void anExportFileAndItsDirectoryAreReadableByTheApplicationAlone() throws Exception {
        Path file = files.of(finishedExport());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(file.getParent()).as("the configured directory of the application's own")
                .isEqualTo(Path.of("target/test-exports").toAbsolutePath());
    }

    @Test
    void anExportOlderThanTheRetentionPeriodIsDeletedWithItsFile() {
        UUID old = finishedExport();
        UUID recent = finishedExport();
        jdbc.sql("update export_job set finished_at = ? where id = ?")
                .params(Timestamp.from(calendar.now().minus(Duration.ofDays(8))), old).update();

        assertThat(retention.deleteExpired()).isEqualTo(1);

        assertThat(files.of(old)).doesNotExist();
        assertThat(status(old)).isNull();
        assertThat(api.as("organizer").get("/api/exports/" + old).code()).isEqualTo(404);
        assertThat(files.of(recent)).exists();
        assertThat(status(recent)).isEqualTo("DONE");
    }
}
