package org.thinktank.surveyflow.review;

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
@RequestMapping("/api/surveys/{surveyId}/report/responses")
class AuthorResponseController {

    private final AuthorResponses responses;

    AuthorResponseController(AuthorResponses responses) {
        this.responses = responses;
    }

    @GetMapping
    List<AuthorResponse> responses(Actor actor, @PathVariable long surveyId) {
        return responses.visibleIn(surveyId, actor);
    }

    @PutMapping
    List<AuthorResponse> save(Actor actor, @PathVariable long surveyId, @Valid @RequestBody ResponseTexts body) {
        return responses.save(surveyId, actor, body.responses());
    }
}
