package org.thinktank.surveyflow.programme;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/meetings/{meetingId}/sessions")
class SessionController {

    private final SessionBook sessions;

    SessionController(SessionBook sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    List<Session> list(Actor actor, @PathVariable long meetingId) {
        return sessions.of(sessions.meeting(meetingId), actor);
    }

    @GetMapping("/{sessionId}")
    Session get(Actor actor, @PathVariable long meetingId, @PathVariable long sessionId) {
        return sessions.require(sessions.meeting(meetingId), sessionId, actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Session create(Actor actor, @PathVariable long meetingId, @Valid @RequestBody SessionInput input) {
        return sessions.create(sessions.meeting(meetingId), input, actor);
    }

    @PutMapping("/{sessionId}")
    Session update(Actor actor, @PathVariable long meetingId, @PathVariable long sessionId,
                   @Valid @RequestBody SessionInput input) {
        return sessions.update(sessions.meeting(meetingId), sessionId, input, actor);
    }

    @DeleteMapping("/{sessionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long meetingId, @PathVariable long sessionId) {
        sessions.delete(sessions.meeting(meetingId), sessionId, actor);
    }
}
