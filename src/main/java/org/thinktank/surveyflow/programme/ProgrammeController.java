package org.thinktank.surveyflow.programme;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

@RestController
class ProgrammeController {

    private final ProgrammeReader programme;
    private final SessionBook sessions;

    ProgrammeController(ProgrammeReader programme, SessionBook sessions) {
        this.programme = programme;
        this.sessions = sessions;
    }

    @GetMapping("/api/meetings/{meetingId}/programme")
    ProgrammeView get(Actor actor, @PathVariable long meetingId) {
        return ProgrammeView.of(programme.of(sessions.meeting(meetingId), actor));
    }
}
