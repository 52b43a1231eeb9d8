package org.thinktank.surveyflow.programme;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/**
 * A meeting's sessions. Organizers add, change and delete them; a session that still has presentations is not
 * deleted (they are moved or removed first), so no team loses its slot without being told.
 */
@Service
public class SessionBook {

    private final SessionRepository sessions;
    private final PresentationRepository presentations;
    private final MeetingCatalog meetings;
    private final AuditTrail audit;

    SessionBook(SessionRepository sessions, PresentationRepository presentations, MeetingCatalog meetings,
                AuditTrail audit) {
        this.sessions = sessions;
        this.presentations = presentations;
        this.meetings = meetings;
        this.audit = audit;
    }

    /** The meeting, or a 404 naming the id. */
    public Meeting meeting(long meetingId) {
        return meetings.require(meetingId);
    }

    public List<Session> of(Meeting meeting, Actor actor) {
        actor.require(Role.ORGANIZER, "see the sessions");
        return sessions.ofMeeting(meeting.id());
    }

    /** A session of the meeting, or a 404. */
    public Session require(Meeting meeting, long sessionId, Actor actor) {
        actor.require(Role.ORGANIZER, "see the sessions");
        return sessions.find(sessionId).filter(session -> session.meetingId() == meeting.id())
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.programme.noSession", String.valueOf(sessionId))));
    }

    @Transactional
    public Session create(Meeting meeting, SessionInput input, Actor actor) {
        actor.require(Role.ORGANIZER, "add sessions");
        checkTimes(input);
        Session session = sessions.find(sessions.insert(meeting.id(), input)).orElseThrow();
        audit.record(AuditEntry.of(AuditKind.SESSION_CREATED, actor.username(), session.name())
                .meeting(meeting.id()).after(session));
        return session;
    }

    @Transactional
    public Session update(Meeting meeting, long sessionId, SessionInput input, Actor actor) {
        Session before = require(meeting, sessionId, actor);
        checkTimes(input);
        sessions.update(sessionId, input);
        Session after = sessions.find(sessionId).orElseThrow();
        audit.record(AuditEntry.of(AuditKind.SESSION_CHANGED, actor.username(), after.name())
                .meeting(meeting.id()).change(before, after));
        return after;
    }

    @Transactional
    public void delete(Meeting meeting, long sessionId, Actor actor) {
        Session session = require(meeting, sessionId, actor);
        if (presentations.anyIn(sessionId)) {
            throw new ConflictException(Reason.of("refusal.programme.sessionInUse", ProgrammeNames.of(session)));
        }
        sessions.delete(sessionId);
        audit.record(AuditEntry.of(AuditKind.SESSION_DELETED, actor.username(), session.name())
                .meeting(meeting.id()).change(session, null));
    }

    private static void checkTimes(SessionInput input) {
        if (!input.startsAt().isBefore(input.endsAt())) {
            throw InvalidRequestException.of(List.of(InputProblem.of("endsAt", "refusal.programme.endsBeforeStart")));
        }
    }
}
