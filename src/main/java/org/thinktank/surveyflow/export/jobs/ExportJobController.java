package org.thinktank.surveyflow.export.jobs;

import java.net.URI;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thinktank.surveyflow.export.Downloads;
import org.thinktank.surveyflow.security.Actor;

@RestController
class ExportJobController {

    private final ExportJobs exports;

    ExportJobController(ExportJobs exports) {
        this.exports = exports;
    }

    @PostMapping("/api/meetings/{meetingId}/exports")
    ResponseEntity<ExportJob> start(Actor actor, @PathVariable long meetingId, @Valid @RequestBody ExportRequest request,
                                    Locale locale) {
        ExportJob job = exports.start(meetingId, request.kind(), actor, locale);
        return ResponseEntity.accepted().location(URI.create("/api/exports/" + job.id())).body(job);
    }

    @GetMapping("/api/exports/{jobId}")
    ExportJob status(Actor actor, @PathVariable UUID jobId) {
        return exports.status(jobId, actor);
    }

    @GetMapping("/api/exports/{jobId}/file")
    ResponseEntity<StreamingResponseBody> file(Actor actor, @PathVariable UUID jobId) {
        ExportJob job = exports.status(jobId, actor);
        var file = exports.file(job);
        return Downloads.attachment(job.fileName(), job.kind() == ExportKind.WORKBOOK ? Downloads.XLSX : Downloads.ZIP,
                out -> Files.copy(file, out));
    }
}
