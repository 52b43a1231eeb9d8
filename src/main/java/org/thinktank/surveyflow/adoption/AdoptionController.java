package org.thinktank.surveyflow.adoption;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

/**
 * An investigation's adoption record over the API. Steps are recorded as JSON, without a scan; a scan of an
 * instruction or of evidence is attached from the investigation's page.
 */
@RestController
@RequestMapping("/api/surveys/{surveyId}/recommendations")
class AdoptionController {

    private final AdoptionRecords records;

    AdoptionController(AdoptionRecords records) {
        this.records = records;
    }

    @GetMapping
    List<RecommendationRecord> list(Actor actor, @PathVariable long surveyId) {
        return records.of(surveyId, actor);
    }

    @PostMapping("/{recommendationId}/steps")
    @ResponseStatus(HttpStatus.CREATED)
    RecommendationRecord record(Actor actor, @PathVariable long surveyId, @PathVariable long recommendationId,
                                @Valid @RequestBody StepForm form) {
        return records.record(surveyId, recommendationId, actor, form, Optional.empty());
    }

    @DeleteMapping("/{recommendationId}/steps/latest")
    RecommendationRecord deleteLatest(Actor actor, @PathVariable long surveyId, @PathVariable long recommendationId) {
        return records.deleteLatest(surveyId, recommendationId, actor);
    }

    @GetMapping("/{recommendationId}/steps/{stepId}/attachment")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long surveyId, @PathVariable long recommendationId,
                                      @PathVariable long stepId) {
        StepFile file = records.attachment(surveyId, recommendationId, stepId, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
