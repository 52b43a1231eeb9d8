package org.thinktank.surveyflow.export.word;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting's printed programme: its sessions in the order they are held, each with its presentations in order.
 * Everything that has two languages has both; a report without an English topic has its Chinese one twice.
 */
public record ProgrammeDocument(String meetingCode, String meetingName, String city, List<SessionBlock> sessions) {

    public record SessionBlock(String name, String nameEn, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
                               String room, List<Item> items) {
    }

    public record Item(LocalTime startsAt, LocalTime endsAt, String topic, String topicEn, Person presenter) {
    }
}
