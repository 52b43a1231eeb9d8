package org.thinktank.surveyflow.meeting;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

@RestController
@RequestMapping("/api/meetings")
class MeetingController {

    private final MeetingCatalog catalog;

    MeetingController(MeetingCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<Meeting> list() {
        return catalog.all();
    }

    /** Moves the meeting; its investigations' deadlines move only with POST .../deadline-shift. */
    @PutMapping("/{meetingId}/date")
    Meeting move(Actor actor, @PathVariable long meetingId, @Valid @RequestBody MeetingDate date) {
        return catalog.moveTo(meetingId, date.opensOn(), actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Meeting create(Actor actor, @Valid @RequestBody NewMeeting request) {
        return catalog.create(request, actor);
    }
}
