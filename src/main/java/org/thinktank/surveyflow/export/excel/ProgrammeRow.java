package org.thinktank.surveyflow.export.excel;

import java.time.LocalDate;
import java.time.LocalTime;

import org.thinktank.surveyflow.programme.ScheduledSlot;

/** One presentation of the meeting's programme, for the Programme sheet. */
public record ProgrammeRow(String session, String sessionEn, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
                           int minutes, String room, String surveyKey, String topic, String topicEn, String presenter) {

    public static ProgrammeRow of(ScheduledSlot slot) {
        return new ProgrammeRow(slot.session().name(), slot.session().nameEn(), slot.session().heldOn(),
                slot.presentation().startsAt(), slot.presentation().endsAt(), slot.presentation().minutes(),
                slot.session().room(), slot.survey().businessKey(), slot.survey().topic(), slot.survey().topicEn(),
                slot.presentation().presenter());
    }
}
