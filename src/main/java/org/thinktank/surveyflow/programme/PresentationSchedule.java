package org.thinktank.surveyflow.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Gives approved reports their place in the programme. Only a published report (approved by the organizers) is
 * scheduled, in a session of its own meeting, by a presenter of its team, in a slot within the session's time. A
 * slot that double-books its presenter or overlaps another slot of the session is refused with what it collides
 * with, unless the organizer confirms it ({@code allowConflict}): the issue asks to warn, not to forbid.
 */
@Service
public class PresentationSchedule {

    private final PresentationRepository presentations;
    private final SessionRepository sessions;
    private final SurveyRegistry surveys;
    private final DoubleBookings doubleBookings;
    private final AuditTrail audit;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;

    PresentationSchedule(PresentationRepository presentations, SessionRepository sessions, SurveyRegistry surveys,
                         DoubleBookings doubleBookings, AuditTrail audit, WorkCalendar calendar,
                         ApplicationEventPublisher events) {
        this.presentations = presentations;
        this.sessions = sessions;
        this.surveys = surveys;
        this.doubleBookings = doubleBookings;
        this.audit = audit;
        this.calendar = calendar;
        this.events = events;
    }

    @Transactional
    public Presentation schedule(long surveyId, PresentationInput input, Actor actor) {
        actor.require(Role.ORGANIZER, "schedule presentations");
        Survey survey = surveys.requireUnchecked(surveyId);
        if (survey.stage() != SurveyStage.PUBLISHED) {
            throw InvalidRequestException.of(List.of(InputProblem.ofRequest("refusal.programme.notApproved",
                    survey.businessKey(), ProgrammeNames.of(survey))));
        }
        Presentation slot = new Presentation(surveyId, input.sessionId(), input.presenter(), input.startsAt(),
                input.minutes());
        Session session = checked(survey, slot);
        if (!input.allowConflict()) {
            List<Clash> clashes = doubleBookings.of(slot, session);
            if (!clashes.isEmpty()) {
                throw new DoubleBookedException(clashes);
            }
        }
        Optional<Presentation> before = presentations.find(surveyId);
        if (before.isPresent() && before.get().equals(slot)) {
            return slot;
        }
        presentations.store(slot, actor.username(), calendar.now());
        audit.record(AuditEntry.of(AuditKind.PRESENTATION_SCHEDULED, actor.username(), session.name())
                .survey(surveyId).change(before.orElse(null), slot));
        events.publishEvent(new PresentationScheduled(surveyId, before.isPresent(), session, slot));
        return slot;
    }

    @Transactional
    public void unschedule(long surveyId, Actor actor) {
        actor.require(Role.ORGANIZER, "schedule presentations");
        Survey survey = surveys.requireUnchecked(surveyId);
        Presentation before = presentations.find(surveyId).orElseThrow(() -> new NotFoundException(
                Reason.of("refusal.programme.notScheduled", survey.businessKey())));
        presentations.delete(surveyId);
        audit.record(AuditEntry.of(AuditKind.PRESENTATION_REMOVED, actor.username(), survey.businessKey())
                .survey(surveyId).change(before, null));
    }

    /** The session of the report's meeting the slot lies in, with the presenter on the report's team. */
    private Session checked(Survey survey, Presentation slot) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<Session> session = sessions.find(slot.sessionId())
                .filter(found -> found.meetingId() == survey.meetingId());
        if (session.isEmpty()) {
            problems.add(InputProblem.of("sessionId", "refusal.programme.noSession", String.valueOf(slot.sessionId())));
        }
        if (!survey.hasOnTeam(slot.presenter())) {
            problems.add(InputProblem.of("presenter", "refusal.programme.notOnTeam", survey.businessKey()));
        }
        if (session.isPresent() && (slot.endsAt().isBefore(slot.startsAt())
                || !session.get().holds(slot.startsAt(), slot.endsAt()))) {
            problems.add(InputProblem.of("startsAt", "refusal.programme.outsideSession", ProgrammeNames.of(session.get()),
                    session.get().startsAt().toString(), session.get().endsAt().toString()));
        }
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
        return session.orElseThrow();
    }
}
