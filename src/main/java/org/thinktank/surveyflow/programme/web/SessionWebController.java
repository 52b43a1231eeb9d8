package org.thinktank.surveyflow.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.programme.Session;
import org.thinktank.surveyflow.programme.SessionBook;
import org.thinktank.surveyflow.programme.SessionInput;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;

/** The session form (add one to a meeting, change one) and deleting a session, for organizers. */
@PageController
class SessionWebController {

    private final MeetingCatalog meetings;
    private final SessionBook sessions;

    SessionWebController(MeetingCatalog meetings, SessionBook sessions) {
        this.meetings = meetings;
        this.sessions = sessions;
    }

    @GetMapping("/meetings/{meetingId}/sessions/new")
    String newSession(Actor actor, @PathVariable long meetingId, Model model) {
        actor.require(Role.ORGANIZER, "add sessions");
        Meeting meeting = meetings.require(meetingId);
        return form(model, meeting, null,
                new SessionInput(null, null, meeting.opensOn(), null, null, null));
    }

    @GetMapping("/meetings/{meetingId}/sessions/{sessionId}/edit")
    String edit(Actor actor, @PathVariable long meetingId, @PathVariable long sessionId, Model model) {
        Meeting meeting = meetings.require(meetingId);
        Session session = sessions.require(meeting, sessionId, actor);
        return form(model, meeting, session, new SessionInput(session.name(), session.nameEn(), session.heldOn(),
                session.startsAt(), session.endsAt(), session.room()));
    }

    @PostMapping("/meetings/{meetingId}/sessions")
    String create(Actor actor, @PathVariable long meetingId, @Valid @ModelAttribute("sessionInput") SessionInput input,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Meeting meeting = meetings.require(meetingId);
        return save(actor, meeting, null, input, binding, model, response, redirect);
    }

    @PostMapping("/meetings/{meetingId}/sessions/{sessionId}")
    String update(Actor actor, @PathVariable long meetingId, @PathVariable long sessionId,
                  @Valid @ModelAttribute("sessionInput") SessionInput input, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Meeting meeting = meetings.require(meetingId);
        Session session = sessions.require(meeting, sessionId, actor);
        return save(actor, meeting, session, input, binding, model, response, redirect);
    }

    @Irreversible("confirm.deleteSession")
    @PostMapping("/meetings/{meetingId}/sessions/{sessionId}/delete")
    String delete(Actor actor, @PathVariable long meetingId, @PathVariable long sessionId,
                  RedirectAttributes redirect) {
        sessions.delete(meetings.require(meetingId), sessionId, actor);
        redirect.addFlashAttribute("sessionDeleted", true);
        return "redirect:/meetings/" + meetingId + "/programme";
    }

    private String save(Actor actor, Meeting meeting, Session session, SessionInput input, BindingResult binding,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(Role.ORGANIZER, "add sessions");
        if (!binding.hasErrors()) {
            try {
                if (session == null) {
                    sessions.create(meeting, input, actor);
                } else {
                    sessions.update(meeting, session.id(), input, actor);
                }
                redirect.addFlashAttribute("sessionSaved", true);
                return "redirect:/meetings/" + meeting.id() + "/programme";
            } catch (InvalidRequestException e) {
                e.problems().forEach(problem ->
                        binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.atTop(binding));
        return form(model, meeting, session, input);
    }

    private static String form(Model model, Meeting meeting, Session session, SessionInput input) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("editedSession", session);
        model.addAttribute("sessionInput", input);
        return "session";
    }
}
