package org.thinktank.surveyflow.survey;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;

@RestController
@RequestMapping("/api/surveys")
class SurveyController {

    private final SurveyRegistry registry;

    SurveyController(SurveyRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Survey launch(Actor actor, @Valid @RequestBody LaunchRequest request) {
        return registry.launch(request, actor);
    }

    @GetMapping
    Page<SurveySummary> list(Actor actor, @RequestParam(required = false) Long meetingId,
                             @RequestParam(required = false) String meetingCode,
                             @RequestParam(required = false) SurveyStage stage, @RequestParam(required = false) String q,
                             @RequestParam(required = false) String institution,
                             @RequestParam(required = false) Boolean overdue, PageRequest page) {
        if (SurveySearch.tooLong(q)) {
            throw InvalidRequestException.of(InputProblem.of("q", "refusal.textTooLong", String.valueOf(SurveySearch.MAX_TEXT)));
        }
        return registry.list(actor,
                new SurveyFilter(meetingId, meetingCode, stage, new SurveySearch(q, institution), overdue), page);
    }

    @GetMapping("/{surveyId}")
    SurveyDetails get(Actor actor, @PathVariable long surveyId) {
        return registry.details(surveyId, actor);
    }
}
