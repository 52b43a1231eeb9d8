package org.thinktank.surveyflow.findings;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.security.Actor;

@RestController
@RequestMapping("/api/surveys/{surveyId}/findings")
class FindingController {

    private final FindingsBook book;

    FindingController(FindingsBook book) {
        this.book = book;
    }

    @GetMapping
    Page<Finding> list(Actor actor, @PathVariable long surveyId, @RequestParam(required = false) String author,
                       @RequestParam(required = false) FindingStatus status, PageRequest page) {
        return book.visibleIn(surveyId, actor, new FindingFilter(author, status), page);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Finding add(Actor actor, @PathVariable long surveyId, @Valid @RequestBody FindingForm form) {
        return book.add(surveyId, actor, form);
    }

    @PutMapping("/{findingId}")
    Finding edit(Actor actor, @PathVariable long surveyId, @PathVariable long findingId,
                 @Valid @RequestBody FindingForm form) {
        return book.edit(surveyId, findingId, actor, form);
    }

    @DeleteMapping("/{findingId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long surveyId, @PathVariable long findingId) {
        book.delete(surveyId, findingId, actor);
    }
}
