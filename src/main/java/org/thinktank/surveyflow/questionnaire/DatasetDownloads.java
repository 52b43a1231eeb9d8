package org.thinktank.surveyflow.questionnaire;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A dataset's raw file as a download, for the API and the pages alike. */
public final class DatasetDownloads {

    private DatasetDownloads() {
    }

    public static ResponseEntity<byte[]> of(DatasetDownload file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.dataset().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.dataset().fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
