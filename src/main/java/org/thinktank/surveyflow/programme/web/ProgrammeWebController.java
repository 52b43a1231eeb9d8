package org.thinktank.surveyflow.programme.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.programme.DoubleBookedException;
import org.thinktank.surveyflow.programme.PresentationSchedule;
import org.thinktank.surveyflow.programme.ProgrammeReader;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;

/**
 * The programme page of a meeting, for organizers: its sessions with their presentations in order, the approved
 * reports without a slot, and the form that gives a report its session, presenter and slot. A slot that collides is
 * answered with what it collides with and a button that saves it anyway.
 */
@PageController
class ProgrammeWebController {

    private final MeetingCatalog meetings;
    private final ProgrammeReader programme;
    private final PresentationSchedule schedule;
    private final ProblemMessages messages;

    ProgrammeWebController(MeetingCatalog meetings, ProgrammeReader programme, PresentationSchedule schedule,
                           ProblemMessages messages) {
        this.meetings = meetings;
        this.programme = programme;
        this.schedule = schedule;
        this.messages = messages;
    }

    @GetMapping("/meetings/{meetingId}/programme")
    String page(Actor actor, @PathVariable long meetingId, Model model) {
        return show(actor, meetings.require(meetingId), model, AssignmentForm.empty(), List.of());
    }

    @PostMapping("/meetings/{meetingId}/programme")
    String assign(Actor actor, @PathVariable long meetingId,
                  @Valid @ModelAttribute("assignment") AssignmentForm assignment, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        Meeting meeting = meetings.require(meetingId);
        if (!binding.hasErrors()) {
            try {
                schedule.schedule(assignment.surveyId(), assignment.toInput(), actor);
                redirect.addFlashAttribute("scheduled", true);
                return "redirect:/meetings/" + meetingId + "/programme";
            } catch (DoubleBookedException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(actor, meeting, model, assignment, e.clashes().stream()
                        .map(clash -> messages.text(clash.reason(), locale)).toList());
            } catch (InvalidRequestException e) {
                e.problems().forEach(problem ->
                        binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.atTop(binding));
        return show(actor, meeting, model, assignment, List.of());
    }

    @Irreversible("confirm.removePresentation")
    @PostMapping("/meetings/{meetingId}/programme/remove")
    String remove(Actor actor, @PathVariable long meetingId, @RequestParam long surveyId,
                  RedirectAttributes redirect) {
        meetings.require(meetingId);
        schedule.unschedule(surveyId, actor);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/meetings/" + meetingId + "/programme";
    }

    private String show(Actor actor, Meeting meeting, Model model, AssignmentForm assignment, List<String> clashes) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("programme", programme.of(meeting, actor));
        model.addAttribute("assignment", assignment);
        model.addAttribute("clashes", clashes);
        return "programme";
    }
}
