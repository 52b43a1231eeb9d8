package org.thinktank.surveyflow.adoption;

import java.time.Duration;
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

/**
 * When, after a meeting, the leads of its investigations are asked how their recommendations fare. A change applies
 * to follow-ups started afterwards (when a report is approved); those already running keep their points.
 */
@Service
public class MeetingFollowUps {

    private final MeetingCatalog meetings;
    private final MeetingFollowUpRepository followUps;
    private final FollowUpDefaults defaults;
    private final AuditTrail audit;

    MeetingFollowUps(MeetingCatalog meetings, MeetingFollowUpRepository followUps, FollowUpDefaults defaults,
                     AuditTrail audit) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.defaults = defaults;
        this.audit = audit;
    }

    public MeetingFollowUp of(long meetingId) {
        Meeting meeting = meetings.require(meetingId);
        Optional<List<Integer>> stored = followUps.find(meetingId);
        List<Integer> months = stored.orElseGet(defaults::months);
        List<LocalDate> dates = meeting.opensOn() == null ? List.of()
                : months.stream().map(month -> meeting.opensOn().plusMonths(month)).toList();
        return new MeetingFollowUp(meetingId, months, dates, stored.isPresent());
    }

    /** How long a lead has for each update. */
    public Duration updatePeriod() {
        return defaults.updatePeriod();
    }

    @Transactional
    public MeetingFollowUp change(long meetingId, FollowUpPoints points, Actor actor) {
        actor.require(Role.ORGANIZER, "change a meeting's follow-up");
        MeetingFollowUp before = of(meetingId);
        if (!points.problems().isEmpty()) {
            throw InvalidRequestException.of(points.problems());
        }
        followUps.store(meetingId, points.months());
        audit.record(AuditEntry.of(AuditKind.FOLLOW_UP_CHANGED, actor.username(),
                meetings.require(meetingId).code()).meeting(meetingId).change(before.months(), points.months()));
        return of(meetingId);
    }
}
