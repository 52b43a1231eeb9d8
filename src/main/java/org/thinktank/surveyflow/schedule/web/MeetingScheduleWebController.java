package org.thinktank.surveyflow.schedule.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.schedule.DeadlineShift;
import org.thinktank.surveyflow.schedule.MeetingSchedule;
import org.thinktank.surveyflow.schedule.MeetingSchedules;
import org.thinktank.surveyflow.schedule.ShiftedSurvey;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;

/**
 * A meeting's schedule page, for organizers: the meeting day and the countdown to it, the schedule template with the
 * due dates it proposes (weekends and holidays flagged), moving the meeting, and shifting the open deadlines by a
 * number of days after a preview of what moves.
 */
@PageController
class MeetingScheduleWebController {

    private static final String PAGE = "meeting-schedule";

    private final MeetingSchedules schedules;
    private final MeetingCatalog meetings;
    private final DeadlineShift shift;
    private final ProblemMessages problems;

    MeetingScheduleWebController(MeetingSchedules schedules, MeetingCatalog meetings, DeadlineShift shift,
                                 ProblemMessages problems) {
        this.schedules = schedules;
        this.meetings = meetings;
        this.shift = shift;
        this.problems = problems;
    }

    /** The page; with {@code days}, the preview of a shift by that many days and the button that does it. */
    @GetMapping("/meetings/{meetingId}/schedule")
    String show(Actor actor, @PathVariable long meetingId, @RequestParam(required = false) String days, Model model,
                HttpServletResponse response, Locale locale) {
        actor.require(Role.ORGANIZER, "change a meeting's schedule");
        MeetingSchedule schedule = schedules.of(meetingId);
        if (days != null) {
            preview(actor, meetingId, days, model, response, locale);
        }
        model.addAttribute("schedule", schedule);
        model.addAttribute("meeting", schedule.meeting());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ScheduleForm.of(schedule.template()));
        }
        return PAGE;
    }

    @PostMapping("/meetings/{meetingId}/schedule/template")
    String change(Actor actor, @PathVariable long meetingId, @ModelAttribute("form") ScheduleForm form,
                  BindingResult binding, Model model, HttpServletResponse response, Locale locale,
                  RedirectAttributes redirect) {
        actor.require(Role.ORGANIZER, "change a meeting's schedule");
        List<InputProblem> unreadable = form.problems();
        unreadable.forEach(problem -> binding.addError(fieldError(binding.getObjectName(), problem)));
        if (unreadable.isEmpty()) {
            try {
                schedules.change(meetingId, form.toTemplate(), actor);
                redirect.addFlashAttribute("notice", "schedule.saved");
                return redirectTo(meetingId);
            } catch (InvalidRequestException refused) {
                refused.problems().forEach(problem -> binding.addError(fieldError(binding.getObjectName(), problem)));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
        return show(actor, meetingId, null, model, response, locale);
    }

    /** Moves the meeting, then shows what shifting the open deadlines by as many days would move. */
    @PostMapping("/meetings/{meetingId}/schedule/date")
    String move(Actor actor, @PathVariable long meetingId, @RequestParam(required = false) String opensOn,
                Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        actor.require(Role.ORGANIZER, "move meetings");
        LocalDate day = DayInput.parse(opensOn);
        if (day == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("dateErrors", List.of(problems.describe(
                    InputProblem.of("opensOn", "schedule.error.date", opensOn == null ? "" : opensOn), locale)));
            return show(actor, meetingId, null, model, response, locale);
        }
        LocalDate before = meetings.require(meetingId).opensOn();
        meetings.moveTo(meetingId, day, actor);
        redirect.addFlashAttribute("notice", "schedule.moved");
        long days = before == null ? 0 : ChronoUnit.DAYS.between(before, day);
        return days == 0 ? redirectTo(meetingId) : redirectTo(meetingId) + "?days=" + days + "#shift";
    }

    @Irreversible("confirm.shiftDeadlines")
    @PostMapping("/meetings/{meetingId}/schedule/shift")
    String shift(Actor actor, @PathVariable long meetingId, @RequestParam String days, Model model,
                 HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        try {
            List<ShiftedSurvey> shifted = shift.apply(meetingId, wholeNumber(days), actor);
            redirect.addFlashAttribute("notice", "schedule.shifted");
            redirect.addFlashAttribute("noticeArgument", shifted.size());
            return redirectTo(meetingId);
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("shiftErrors", problems.describe(refused.problems(), locale));
            return show(actor, meetingId, null, model, response, locale);
        }
    }

    private void preview(Actor actor, long meetingId, String days, Model model, HttpServletResponse response,
                         Locale locale) {
        try {
            int shiftBy = wholeNumber(days);
            model.addAttribute("preview", shift.preview(meetingId, shiftBy, actor));
            model.addAttribute("shiftDays", shiftBy);
            model.addAttribute("shiftBy", Math.abs(shiftBy));
            model.addAttribute("later", shiftBy > 0);
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("shiftErrors", problems.describe(refused.problems(), locale));
        }
    }

    private static int wholeNumber(String days) {
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(InputProblem.of("days", "shift.error.notNumber", days));
        }
    }

    private static FieldError fieldError(String objectName, InputProblem problem) {
        FieldError error = new FieldError(objectName, problem.field(), null, false, null, null,
                problem.reason().code());
        error.wrap(problem);
        return error;
    }

    private static String redirectTo(long meetingId) {
        return "redirect:/meetings/" + meetingId + "/schedule";
    }
}
