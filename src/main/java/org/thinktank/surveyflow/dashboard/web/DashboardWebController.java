package org.thinktank.surveyflow.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.dashboard.MeetingDashboard;
import org.thinktank.surveyflow.dashboard.MeetingOverview;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.PageController;

/** The organizer dashboard per meeting: stages, overdue list, cycle times, downloads, and launching. */
@PageController
class DashboardWebController {

    private final MeetingDashboard dashboard;
    private final MeetingCatalog meetings;
    private final SurveyRegistry surveys;
    private final UserDirectory users;
    private final Validator validator;

    DashboardWebController(MeetingDashboard dashboard, MeetingCatalog meetings, SurveyRegistry surveys,
                           UserDirectory users, Validator validator) {
        this.validator = validator;
        this.dashboard = dashboard;
        this.meetings = meetings;
        this.surveys = surveys;
        this.users = users;
    }

    @GetMapping("/dashboard")
    String firstMeeting() {
        Meeting first = meetings.all().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no meeting yet"));
        return "redirect:/meetings/" + first.id() + "/dashboard";
    }

    @GetMapping("/meetings/{meetingId}/dashboard")
    String dashboard(Actor actor, @PathVariable long meetingId, Model model) {
        return show(actor, meetingId, model, null);
    }

    @PostMapping("/meetings/{meetingId}/surveys")
    String launch(Actor actor, @PathVariable long meetingId, @ModelAttribute("launch") LaunchForm launch,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Meeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> new NotFoundException("There is no meeting " + meetingId));
        LaunchRequest request = launch.toRequest(meeting.code());
        validator.validate(request).stream()
                .filter(v -> binding.getFieldError(v.getPropertyPath().toString()) == null) // said already: unreadable
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> binding.reject("launch", v.getPropertyPath() + ": " + v.getMessage()));
        if (!binding.hasErrors()) {
            try {
                Survey survey = surveys.launch(request, actor);
                redirect.addFlashAttribute("launched", survey.businessKey());
                return "redirect:/surveys/" + survey.id();
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> binding.reject("launch", error));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.atTop(binding));
        return show(actor, meetingId, model, launch);
    }

    private String show(Actor actor, long meetingId, Model model, LaunchForm launch) {
        MeetingOverview overview = dashboard.of(meetingId, actor);
        model.addAttribute("overview", overview);
        model.addAttribute("meetings", meetings.all());
        model.addAttribute("researchers", users.withRole(Role.RESEARCHER));
        model.addAttribute("reviewers", users.withRole(Role.REVIEWER));
        model.addAttribute("launch", launch != null ? launch : LaunchForm.empty());
        return "dashboard";
    }
}
