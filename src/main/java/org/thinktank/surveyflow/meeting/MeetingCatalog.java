package org.thinktank.surveyflow.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/** The meetings investigations are launched for. Organizers add them; everyone signed in may list them. */
@Service
public class MeetingCatalog {

    private final MeetingRepository meetings;
    private final AuditTrail audit;

    MeetingCatalog(MeetingRepository meetings, AuditTrail audit) {
        this.meetings = meetings;
        this.audit = audit;
    }

    public List<Meeting> all() {
        return meetings.all();
    }

    public Optional<Meeting> find(long id) {
        return meetings.find(id);
    }

    /** The meeting, or a 404 naming the id. */
    public Meeting require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Reason.of("refusal.noMeeting", String.valueOf(id))));
    }

    public Optional<Meeting> findByCode(String code) {
        return meetings.findByCode(code);
    }

    @Transactional
    public Meeting create(NewMeeting request, Actor actor) {
        actor.require(Role.ORGANIZER, "add meetings");
        if (findByCode(request.code()).isPresent()) {
            throw new ConflictException(Reason.of("refusal.meetingExists", request.code()));
        }
        Meeting meeting = find(meetings.insert(request)).orElseThrow();
        audit.record(AuditEntry.of(AuditKind.MEETING_CREATED, actor.username(), meeting.code() + " " + meeting.name())
                .meeting(meeting.id()).after(meeting));
        return meeting;
    }

    /**
     * Moves the meeting to another day. Its investigations' deadlines stay where they are: organizers shift them
     * in a separate step, after seeing what would move.
     */
    @Transactional
    public Meeting moveTo(long id, LocalDate opensOn, Actor actor) {
        actor.require(Role.ORGANIZER, "move meetings");
        Meeting before = require(id);
        if (!opensOn.equals(before.opensOn())) {
            meetings.updateOpensOn(id, opensOn);
            audit.record(AuditEntry.of(AuditKind.MEETING_DATE_MOVED, actor.username(), before.code() + " " + opensOn)
                    .meeting(id).change(before.opensOn(), opensOn));
        }
        return require(id);
    }
}
