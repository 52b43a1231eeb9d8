package org.thinktank.surveyflow.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.time.WorkingDays;

/**
 * Each meeting's schedule template and the due dates it proposes at launch. Everyone signed in may read it; only
 * organizers change it, and a template out of order is refused with every offset it puts out of order.
 */
@Service
public class MeetingSchedules {

    private final MeetingCatalog meetings;
    private final MeetingScheduleRepository schedules;
    private final ScheduleDefaults defaults;
    private final WorkingDays workingDays;
    private final AuditTrail audit;

    MeetingSchedules(MeetingCatalog meetings, MeetingScheduleRepository schedules, ScheduleDefaults defaults,
                     WorkingDays workingDays, AuditTrail audit) {
        this.meetings = meetings;
        this.schedules = schedules;
        this.defaults = defaults;
        this.workingDays = workingDays;
        this.audit = audit;
    }

    public MeetingSchedule of(long meetingId) {
        Meeting meeting = meetings.require(meetingId);
        Optional<ScheduleTemplate> stored = schedules.find(meetingId);
        ScheduleTemplate template = stored.orElseGet(defaults::template);
        return new MeetingSchedule(meeting, template, stored.isPresent(), proposed(template, meeting.opensOn()));
    }

    @Transactional
    public MeetingSchedule change(long meetingId, ScheduleTemplate template, Actor actor) {
        actor.require(Role.ORGANIZER, "change a meeting's schedule");
        MeetingSchedule before = of(meetingId);
        if (!template.problems().isEmpty()) {
            throw InvalidRequestException.of(template.problems());
        }
        schedules.store(meetingId, template);
        audit.record(AuditEntry.of(AuditKind.SCHEDULE_CHANGED, actor.username(), before.meeting().code())
                .meeting(meetingId).change(before.template().offsets(), template.offsets()));
        return of(meetingId);
    }

    private List<ProposedDueDate> proposed(ScheduleTemplate template, LocalDate meetingDay) {
        return template.offsets().entrySet().stream().map(offset -> {
            LocalDate date = meetingDay == null ? null : meetingDay.plusDays(offset.getValue());
            return new ProposedDueDate(ScheduleTemplate.dueDateName(offset.getKey()), offset.getValue(), date,
                    date == null ? null : workingDays.kindOf(date));
        }).toList();
    }
}
