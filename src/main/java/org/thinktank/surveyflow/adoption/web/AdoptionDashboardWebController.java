package org.thinktank.surveyflow.adoption.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thinktank.surveyflow.adoption.AdoptionOverview;
import org.thinktank.surveyflow.adoption.AdoptionStatus;
import org.thinktank.surveyflow.adoption.MeetingAdoptions;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.web.PageController;

/** A meeting's adoption dashboard, for organizers: its recommendations by status, agency and investigation. */
@PageController
class AdoptionDashboardWebController {

    private final MeetingAdoptions adoptions;

    AdoptionDashboardWebController(MeetingAdoptions adoptions) {
        this.adoptions = adoptions;
    }

    @GetMapping("/meetings/{meetingId}/adoption")
    String dashboard(Actor actor, @PathVariable long meetingId, Model model) {
        actor.require(Role.ORGANIZER, "see a meeting's adoption");
        model.addAttribute("overview", AdoptionOverview.of(adoptions.of(meetingId)));
        model.addAttribute("statuses", AdoptionStatus.values());
        return "adoption-dashboard";
    }
}
