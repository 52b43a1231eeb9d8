package org.thinktank.surveyflow.audit;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The audit trail: an append-only record of every state change, who made it, when, from which client address, and
 * for decisions, stage changes and reassignments the values before and after. The features record into it in the
 * transaction of the change, so a refused or failed request leaves no trace here either. Nothing changes or deletes
 * a recorded event: the database refuses it (see {@code V4__audit_trail.sql}).
 *
 * <p>This module sits below the features: they call it, it knows none of them. Reading is for organizers; the
 * {@code Unchecked} methods leave that check to their callers.
 */
@Service
public class AuditTrail {

    /** The actor of what the process does on its own: stage changes, tallies, reminders, escalations. */
    public static final String SYSTEM = "system";

    private static final int ADDRESS_LENGTH = 64;

    private final AuditRepository events;
    private final RequestOrigin origin;
    private final ObjectMapper json;
    private final WorkCalendar calendar;

    AuditTrail(AuditRepository events, RequestOrigin origin, ObjectMapper json, WorkCalendar calendar) {
        this.events = events;
        this.origin = origin;
        this.json = json;
        this.calendar = calendar;
    }

    /** Records a change, in the caller's transaction; the client address is the current request's. */
    @Transactional
    public void record(AuditEntry entry) {
        String address = origin.clientAddress();
        events.insert(calendar.now(), entry.actor() != null ? entry.actor() : SYSTEM, entry.kind(), entry.surveyId(),
                entry.meetingId(), entry.subject(), toJson(entry.before()), toJson(entry.after()),
                address == null || address.length() <= ADDRESS_LENGTH ? address : address.substring(0, ADDRESS_LENGTH));
    }

    /**
     * The person signed in on the current request, for services that are not handed the actor (creating an
     * account), or {@value #SYSTEM} outside a request.
     */
    public String signedInUserOrSystem() {
        String user = origin.signedInUser();
        return user != null ? user : SYSTEM;
    }

    /**
     * Records that {@code what} (a task, a place on the team) passed from one person to another.
     *
     * @param actor who handed it over
     */
    @Transactional
    public void reassigned(long surveyId, String actor, String what, String from, String to) {
        record(AuditEntry.of(AuditKind.REASSIGNED, actor, what).survey(surveyId)
                .change(Map.of("holder", from), Map.of("holder", to)));
    }

    /** A page of the events matching the query, newest first; the caller has checked the reader is an organizer. */
    public Page<AuditEvent> searchUnchecked(AuditQuery query, PageRequest page) {
        return events.search(query, page, query.from() == null ? null : calendar.endOf(query.from().minusDays(1)),
                query.to() == null ? null : calendar.endOf(query.to()));
    }

    /** The events of an investigation in order; the caller has checked the reader is an organizer. */
    public List<AuditEvent> ofSurveyUnchecked(long surveyId) {
        return events.ofSurvey(surveyId);
    }

    /** The events about a meeting as a whole in order; the caller has checked the reader is an organizer. */
    public List<AuditEvent> ofMeetingUnchecked(long meetingId) {
        return events.ofMeeting(meetingId);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An audit value cannot be written as JSON: " + value.getClass(), e);
        }
    }
}
