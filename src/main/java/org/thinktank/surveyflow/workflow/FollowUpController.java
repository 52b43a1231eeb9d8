package org.thinktank.surveyflow.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.adoption.AdoptionAccess;
import org.thinktank.surveyflow.security.Actor;

/** The open request for an update of an investigation's adoption record, and its answer "nothing changed". */
@RestController
@RequestMapping("/api/surveys/{surveyId}/follow-up")
class FollowUpController {

    private final AdoptionFollowUp followUp;
    private final AdoptionAccess access;

    FollowUpController(AdoptionFollowUp followUp, AdoptionAccess access) {
        this.followUp = followUp;
        this.access = access;
    }

    /** The open request, or nothing (204) when no update is asked for now. */
    @GetMapping
    ResponseEntity<FollowUpRequest> openRequest(Actor actor, @PathVariable long surveyId) {
        access.readable(surveyId, actor);
        return followUp.openRequestUnchecked(surveyId).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/no-change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void noChange(Actor actor, @PathVariable long surveyId) {
        followUp.confirmNoChange(surveyId, actor);
    }
}
