package org.thinktank.surveyflow.dashboard.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
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
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.schedule.MeetingSchedules;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.MeetingSurveyFilter;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyLine;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.PageLinks;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.web.PeopleView;
import org.thinktank.surveyflow.workflow.OverdueTask;
import org.thinktank.surveyflow.workflow.TaskNudges;

/**
 * The organizer dashboard per meeting: stages, the longest overdue, cycle times, downloads, the investigations a page
 * at a time (by stage, overdue only, text, institution), and launching; the month of my calendar loads into it.
 */
@PageController
class DashboardWebController {

    private final MeetingDashboard dashboard;
    private final MeetingCatalog meetings;
    private final SurveyRegistry surveys;
    private final UserDirectory users;
    private final Validator validator;
    private final MessageSource messages;
    private final PeopleView people;
    private final TaskNudges nudges;
    private final MeetingSchedules schedules;

    DashboardWebController(MeetingDashboard dashboard, MeetingCatalog meetings, SurveyRegistry surveys,
                           UserDirectory users, Validator validator, MessageSource messages, PeopleView people,
                           TaskNudges nudges, MeetingSchedules schedules) {
        this.schedules = schedules;
        this.validator = validator;
        this.messages = messages;
        this.people = people;
        this.nudges = nudges;
        this.dashboard = dashboard;
        this.meetings = meetings;
        this.surveys = surveys;
        this.users = users;
    }

    @GetMapping("/dashboard")
    String firstMeeting() {
        Meeting first = meetings.all().stream().findFirst()
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noMeetingYet")));
        return "redirect:/meetings/" + first.id() + "/dashboard";
    }

    @GetMapping("/meetings/{meetingId}/dashboard")
    String dashboard(Actor actor, @PathVariable long meetingId, Model model, HttpServletRequest request,
                     HttpServletResponse response, @ModelAttribute("search") InvestigationSearch search,
                     PageRequest page, Locale locale) {
        List<String> searchErrors = search.errors(messages, locale);
        if (!searchErrors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchErrors", searchErrors);
            return show(actor, meetingId, model, request, null, null, page);
        }
        return show(actor, meetingId, model, request, null, search.filter(), page);
    }

    @PostMapping("/meetings/{meetingId}/surveys")
    String launch(Actor actor, @PathVariable long meetingId, @ModelAttribute("launch") LaunchForm launch,
                  BindingResult binding, Model model, HttpServletRequest http, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Meeting meeting = meetings.require(meetingId);
        LaunchRequest request = launch.toRequest(meeting.code());
        validator.validate(request).stream()
                .filter(v -> binding.getFieldError(v.getPropertyPath().toString()) == null) // said already: unreadable
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> binding.addError(InputProblems.fieldError(binding.getObjectName(), v)));
        if (!binding.hasErrors()) {
            try {
                Survey survey = surveys.launch(request, actor);
                redirect.addFlashAttribute("launched", survey.businessKey());
                return "redirect:/surveys/" + survey.id();
            } catch (InvalidRequestException e) {
                e.problems().forEach(problem -> binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.atTop(binding));
        model.addAttribute("search", InvestigationSearch.NONE);
        return show(actor, meetingId, model, http, launch, MeetingSurveyFilter.ALL, PageRequest.first());
    }

    /** The dashboard; {@code filter} null lists nothing (the search's values could not be read). */
    private String show(Actor actor, long meetingId, Model model, HttpServletRequest request, LaunchForm launch,
                        MeetingSurveyFilter filter, PageRequest page) {
        MeetingOverview overview = dashboard.of(meetingId, actor);
        Page<SurveyLine> investigations = filter == null ? Page.empty(page)
                : dashboard.investigations(meetingId, filter, page, actor);
        model.addAttribute("overview", overview);
        model.addAttribute("stages", SurveyStage.values());
        model.addAttribute("institutions", users.institutions());
        model.addAttribute("investigations", investigations);
        if (!"GET".equals(request.getMethod())) {
            // after a refused launch (a post) the list's links lead to the dashboard itself
            request.setAttribute(PageLinks.LIST_PATH, "/meetings/" + meetingId + "/dashboard");
        }
        List<OverdueTask> overdueTasks = nudges.overdueIn(overview.longestOverdue().stream()
                .map(SurveyLine::businessKey).toList());
        model.addAttribute("overdueTasks", overdueTasks.stream()
                .collect(Collectors.groupingBy(OverdueTask::businessKey)));
        model.addAttribute("names", displayNames(overview.longestOverdue(), investigations.items(), overdueTasks));
        model.addAttribute("meetings", meetings.all());
        model.addAttribute("researchers", users.withRole(Role.RESEARCHER));
        model.addAttribute("reviewers", users.withRole(Role.REVIEWER));
        model.addAttribute("launch", launch != null ? launch
                : LaunchForm.proposing(schedules.of(meetingId).proposedDates()));
        return "dashboard";
    }

    /** The people shown (the leads of the investigations, the holders of overdue tasks), read at once. */
    private Map<String, PeopleView.Named> displayNames(List<SurveyLine> overdue, List<SurveyLine> listed,
                                                       List<OverdueTask> overdueTasks) {
        Set<String> shown = new HashSet<>();
        overdue.forEach(line -> shown.add(line.lead()));
        listed.forEach(line -> shown.add(line.lead()));
        overdueTasks.forEach(task -> shown.add(task.holder()));
        return shown.isEmpty() ? Map.of() : people.byLogin(shown);
    }
}
