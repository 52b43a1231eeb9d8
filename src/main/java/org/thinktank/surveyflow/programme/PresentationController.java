package org.thinktank.surveyflow.programme;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;

@RestController
@RequestMapping("/api/surveys/{surveyId}/presentation")
class PresentationController {

    private final PresentationSchedule schedule;
    private final ProgrammeReader programme;

    PresentationController(PresentationSchedule schedule, ProgrammeReader programme) {
        this.schedule = schedule;
        this.programme = programme;
    }

    @GetMapping
    ProgrammeView.Slot get(Actor actor, @PathVariable long surveyId) {
        return programme.slotOf(surveyId, actor).map(ProgrammeView.Slot::of).orElseThrow(() ->
                new NotFoundException(Reason.of("refusal.programme.notScheduled", String.valueOf(surveyId))));
    }

    @PutMapping
    ProgrammeView.Slot put(Actor actor, @PathVariable long surveyId, @Valid @RequestBody PresentationInput input) {
        schedule.schedule(surveyId, input, actor);
        return get(actor, surveyId);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long surveyId) {
        schedule.unschedule(surveyId, actor);
    }
}
