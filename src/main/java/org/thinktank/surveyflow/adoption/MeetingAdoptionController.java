package org.thinktank.surveyflow.adoption;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/** A meeting's adoption of its recommendations, for organizers. */
@RestController
class MeetingAdoptionController {

    private final MeetingAdoptions adoptions;

    MeetingAdoptionController(MeetingAdoptions adoptions) {
        this.adoptions = adoptions;
    }

    @GetMapping("/api/meetings/{meetingId}/adoption")
    AdoptionOverview overview(Actor actor, @PathVariable long meetingId) {
        actor.require(Role.ORGANIZER, "see a meeting's adoption");
        return AdoptionOverview.of(adoptions.of(meetingId));
    }
}
