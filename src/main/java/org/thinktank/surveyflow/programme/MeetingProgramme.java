package org.thinktank.surveyflow.programme;

import java.util.List;

import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.survey.Survey;

/**
 * A meeting's programme: its sessions in the order they are held, each with its presentations in order, and the
 * approved reports that have no slot yet.
 */
public record MeetingProgramme(Meeting meeting, List<SessionProgramme> sessions, List<Survey> unscheduled) {

    /** A session and its presentations in the order they are given. */
    public record SessionProgramme(Session session, List<ScheduledSlot> slots) {
    }

    /** Every presentation, session by session. */
    public List<ScheduledSlot> slots() {
        return sessions.stream().flatMap(session -> session.slots().stream()).toList();
    }

    /** Every approved report, the scheduled ones first in programme order. */
    public List<Survey> approved() {
        return java.util.stream.Stream.concat(slots().stream().map(ScheduledSlot::survey), unscheduled.stream()).toList();
    }
}
