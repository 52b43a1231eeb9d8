package org.thinktank.surveyflow.adoption.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.adoption.FollowUpPoints;
import org.thinktank.surveyflow.adoption.MeetingFollowUps;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.PageController;

/** A meeting's follow-up points, reached from its schedule page: the months after the meeting, as "3, 6, 12". */
@PageController
class FollowUpPointsWebController {

    private final MeetingFollowUps followUps;
    private final MeetingCatalog meetings;
    private final ProblemMessages problems;

    FollowUpPointsWebController(MeetingFollowUps followUps, MeetingCatalog meetings, ProblemMessages problems) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.problems = problems;
    }

    @GetMapping("/meetings/{meetingId}/follow-up")
    String page(Actor actor, @PathVariable long meetingId, Model model) {
        actor.require(Role.ORGANIZER, "change a meeting's follow-up");
        List<Integer> months = followUps.of(meetingId).months();
        return show(meetingId, String.join(", ", months.stream().map(String::valueOf).toList()), FormErrors.none(), model);
    }

    @PostMapping("/meetings/{meetingId}/follow-up")
    String change(Actor actor, @PathVariable long meetingId, @RequestParam(defaultValue = "") String months,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            followUps.change(meetingId, new FollowUpPoints(parse(months)), actor);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(meetingId, months, new FormErrors(Map.of("months",
                    e.problems().stream().map(problem -> problems.text(problem.reason(), locale)).toList()), List.of()),
                    model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/meetings/" + meetingId + "/follow-up";
    }

    private String show(long meetingId, String months, FormErrors errors, Model model) {
        model.addAttribute("meeting", meetings.require(meetingId));
        model.addAttribute("followUp", followUps.of(meetingId));
        model.addAttribute("months", months);
        model.addAttribute(FormErrors.ATTRIBUTE, errors);
        return "follow-up";
    }

    /** The months as typed, separated by commas (either width) or spaces; anything not a number is refused. */
    private static List<Integer> parse(String typed) {
        List<Integer> months = new ArrayList<>();
        for (String part : typed.split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                months.add(Integer.valueOf(part.strip()));
            } catch (NumberFormatException e) {
                throw InvalidRequestException.of(InputProblem.of("months", "followUp.error.range",
                        FollowUpPoints.FIRST, FollowUpPoints.LAST));
            }
        }
        return months;
    }
}
