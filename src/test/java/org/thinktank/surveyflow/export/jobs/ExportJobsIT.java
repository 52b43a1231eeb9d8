package org.thinktank.surveyflow.export.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.support.UnfinishedExports;

/** Background exports: POST /api/meetings/{id}/exports, GET /api/exports/{id}, GET /api/exports/{id}/file. */
@IntegrationTest
class ExportJobsIT {

    @Autowired
    Api api;
    @Autowired
    HttpFiles files;
    @Autowired
    Surveys surveys;

    private long meetingId;

    @BeforeEach
    void theDemoMeeting() {
        meetingId = surveys.meetingId();
    }

    /** The job as its status reads once it is done or failed. */
    private JsonNode finished(ApiClient client, String jobId) {
        return await("export " + jobId + " to finish").atMost(UnfinishedExports.LONGEST_EXPORT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> client.get("/api/exports/" + jobId).body(),
                        job -> job.path("status").asText().equals("DONE") || job.path("status").asText().equals("FAILED"));
    }

    @Test
    void aWorkbookExportRunsInTheBackgroundAndItsFileCanBeDownloaded() throws Exception {
        ApiClient organizer = api.as("organizer");
        ApiClient.Response started = organizer.post("/api/meetings/" + meetingId + "/exports", "{\"kind\":\"WORKBOOK\"}");

        assertThat(started.code()).as(started.toString()).isEqualTo(202);
        String jobId = started.body().path("id").asText();
        assertThat(started.headers().getLocation()).hasToString("/api/exports/" + jobId);
        JsonNode job = finished(organizer, jobId);
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("download").asText()).isEqualTo("/api/exports/" + jobId + "/file");
        assertThat(job.path("bytes").asLong()).isPositive();

        HttpFiles.Download file = files.get("organizer", job.path("download").asText());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.disposition().getFilename()).startsWith("AM21 ").endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(workbook.getSheet("Surveys").getLastRowNum()).isPositive();
        }
    }

    @Test
    void aPackageExportWritesAZip() throws Exception {
        ApiClient organizer = api.as("organizer");
        String jobId = organizer.post("/api/meetings/" + meetingId + "/exports", "{\"kind\":\"PACKAGE\"}")
                .body().path("id").asText();
        assertThat(finished(organizer, jobId).path("status").asText()).isEqualTo("DONE");

        HttpFiles.Download file = files.get("organizer", "/api/exports/" + jobId + "/file");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.body()))) {
            assertThat(zip.getNextEntry()).isNotNull();
        }
    }

    @Test
    void onlyOrganizersStartOrFollowExports() {
        assertThat(api.as("li.wei").post("/api/meetings/" + meetingId + "/exports", "{\"kind\":\"WORKBOOK\"}").code())
                .isEqualTo(403);
        String jobId = api.as("organizer").post("/api/meetings/" + meetingId + "/exports", "{\"kind\":\"WORKBOOK\"}")
                .body().path("id").asText();
        assertThat(api.as("zhou.qiang").get("/api/exports/" + jobId).code()).isEqualTo(403);
        assertThat(files.get("admin", "/api/exports/" + jobId + "/file").status()).isEqualTo(403);
    }

    @Test
    void anUnknownKindMeetingOrJobIsRefused() {
        ApiClient organizer = api.as("organizer");
        assertThat(organizer.post("/api/meetings/" + meetingId + "/exports", "{\"kind\":\"PDF\"}").code()).isEqualTo(400);
        assertThat(organizer.post("/api/meetings/999999/exports", "{\"kind\":\"WORKBOOK\"}").code()).isEqualTo(404);
        assertThat(organizer.get("/api/exports/00000000-0000-0000-0000-000000000000").code()).isEqualTo(404);
        assertThat(organizer.get("/api/exports/not-a-uuid").code()).isEqualTo(400);
    }
}
