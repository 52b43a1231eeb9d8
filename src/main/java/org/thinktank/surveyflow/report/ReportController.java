package org.thinktank.surveyflow.report;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

@RestController
@RequestMapping("/api/surveys/{surveyId}/report")
class ReportController {

    private final ReportArchive archive;

    ReportController(ReportArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/draft")
    ReportVersion draft(Actor actor, @PathVariable long surveyId) {
        return archive.draft(surveyId, actor);
    }

    @PutMapping("/draft")
    ReportVersion saveDraft(Actor actor, @PathVariable long surveyId, @Valid @RequestBody ReportSections sections) {
        return archive.saveDraft(surveyId, actor, sections);
    }

    @GetMapping("/versions")
    List<ReportVersion> versions(Actor actor, @PathVariable long surveyId) {
        return archive.visibleIn(surveyId, actor);
    }

    @GetMapping("/versions/{number}")
    ReportVersion version(Actor actor, @PathVariable long surveyId, @PathVariable int number) {
        return archive.version(surveyId, number, actor);
    }
}
