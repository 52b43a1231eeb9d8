package org.thinktank.surveyflow.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The programme as the API shows it: sessions in the order they are held, each with its presentations in order. */
record ProgrammeView(String meetingCode, List<SessionView> sessions, List<Report> unscheduled) {

    static ProgrammeView of(MeetingProgramme programme) {
        return new ProgrammeView(programme.meeting().code(),
                programme.sessions().stream().map(session -> new SessionView(session.session(),
                        session.slots().stream().map(Slot::of).toList())).toList(),
                programme.unscheduled().stream().map(survey -> new Report(survey.id(), survey.businessKey(),
                        survey.topic(), survey.topicEn())).toList());
    }

    record SessionView(Session session, List<Slot> presentations) {
    }

    record Report(long surveyId, String businessKey, String topic, String topicEn) {
    }

    /** One presentation: the report, the presenter's login, the session and the slot. */
    record Slot(long surveyId, String businessKey, String topic, String topicEn, String presenter, long sessionId,
                String session, String sessionEn, String room, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
                int minutes) {

        static Slot of(ScheduledSlot slot) {
            Presentation presentation = slot.presentation();
            Session session = slot.session();
            return new Slot(slot.survey().id(), slot.survey().businessKey(), slot.survey().topic(),
                    slot.survey().topicEn(), presentation.presenter(), session.id(), session.name(), session.nameEn(),
                    session.room(), session.heldOn(), presentation.startsAt(), presentation.endsAt(),
                    presentation.minutes());
        }
    }
}
