package org.thinktank.surveyflow.plan;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

/** The survey plan: the lead's draft and the versions. Submitting and deciding are tasks (workflow). */
@RestController
@RequestMapping("/api/surveys/{surveyId}/plan")
class PlanController {

    private final PlanBook book;
    private final PlanReader reader;

    PlanController(PlanBook book, PlanReader reader) {
        this.book = book;
        this.reader = reader;
    }

    /** The latest version the caller may read: for the team, the lead's draft while one is open. */
    @GetMapping
    PlanVersion current(Actor actor, @PathVariable long surveyId) {
        return reader.current(surveyId, actor);
    }

    @PutMapping
    PlanVersion saveDraft(Actor actor, @PathVariable long surveyId, @Valid @RequestBody PlanContent content) {
        return book.saveDraft(surveyId, actor, content);
    }

    @GetMapping("/versions")
    List<PlanVersion> versions(Actor actor, @PathVariable long surveyId) {
        return reader.versions(surveyId, actor);
    }
}
