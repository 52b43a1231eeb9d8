package org.thinktank.surveyflow.adoption;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

/** A meeting's follow-up points, read as its schedule is and changed by organizers. */
@RestController
@RequestMapping("/api/meetings/{meetingId}/follow-up")
class FollowUpPointsController {

    private final MeetingFollowUps followUps;

    FollowUpPointsController(MeetingFollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping
    MeetingFollowUp followUp(@PathVariable long meetingId) {
        return followUps.of(meetingId);
    }

    @PutMapping
    MeetingFollowUp change(Actor actor, @PathVariable long meetingId, @Valid @RequestBody FollowUpPoints points) {
        return followUps.change(meetingId, points, actor);
    }
}
