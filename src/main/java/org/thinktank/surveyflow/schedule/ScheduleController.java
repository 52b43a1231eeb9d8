package org.thinktank.surveyflow.schedule;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

/**
 * A meeting's schedule template with the due dates it proposes, and the shift of its open deadlines: previewed with
 * GET, done with POST.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}")
class ScheduleController {

    private final MeetingSchedules schedules;
    private final DeadlineShift shift;

    ScheduleController(MeetingSchedules schedules, DeadlineShift shift) {
        this.schedules = schedules;
        this.shift = shift;
    }

    @GetMapping("/schedule")
    MeetingSchedule schedule(@PathVariable long meetingId) {
        return schedules.of(meetingId);
    }

    @PutMapping("/schedule")
    MeetingSchedule change(Actor actor, @PathVariable long meetingId, @Valid @RequestBody ScheduleTemplate template) {
        return schedules.change(meetingId, template, actor);
    }

    @GetMapping("/deadline-shift")
    List<ShiftedSurvey> preview(Actor actor, @PathVariable long meetingId,
                                @RequestParam(required = false) Integer days) {
        return shift.preview(meetingId, days, actor);
    }

    @PostMapping("/deadline-shift")
    List<ShiftedSurvey> apply(Actor actor, @PathVariable long meetingId,
                              @Valid @RequestBody DeadlineShiftRequest request) {
        return shift.apply(meetingId, request.days(), actor);
    }
}
