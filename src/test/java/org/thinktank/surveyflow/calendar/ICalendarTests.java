package org.thinktank.surveyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarTests {

    private static final Instant NOW = Instant.parse("2026-11-26T01:02:03Z");

    private static String calendarOf(ICalendar.Event... events) {
        return ICalendar.of("李伟的调研日历", NOW, List.of(events));
    }

    private static ICalendar.Event event(String summary, String description) {
        return new ICalendar.Event("task-1@surveyflow", LocalDate.of(2026, 12, 1), summary, description,
                "https://example.org/surveys/1/tasks/draftReport");
    }

    @Test
    void aCalendarIsWellFormed() {
        List<String> lines = ICalendarChecker.check(calendarOf(event("提交调研发现：AM21-1 黑土地", "打开")));

        assertThat(lines).containsSubsequence("BEGIN:VCALENDAR", "X-WR-CALNAME:李伟的调研日历", "BEGIN:VEVENT",
                "UID:task-1@surveyflow", "DTSTAMP:20261126T010203Z", "DTSTART;VALUE=DATE:20261201",
                "DTEND;VALUE=DATE:20261202", "SUMMARY:提交调研发现：AM21-1 黑土地", "END:VEVENT", "END:VCALENDAR");
    }

    @Test
    void commasSemicolonsBackslashesAndLineBreaksAreEscaped() {
        List<String> lines = ICalendarChecker.check(calendarOf(event("a, b; c\\d", "one\ntwo\r\nthree")));

        assertThat(lines).contains("SUMMARY:a\\, b\\; c\\\\d", "DESCRIPTION:one\\ntwo\\nthree");
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(ICalendar.text("a\u0007b\tc")).isEqualTo("ab\tc");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String topic = "数字经济发展现状与路径调研".repeat(6);

        String document = calendarOf(event(topic, "x"));

        for (String physical : document.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\uFFFD");
        }
        assertThat(ICalendarChecker.check(document)).contains("SUMMARY:" + topic);
        assertThat(document).contains("\r\n ");
    }

    @Test
    void aLineOfExactlySeventyFiveOctetsIsNotFolded() {
        String summary = "x".repeat(75 - "SUMMARY:".length());

        String document = calendarOf(event(summary, "x"));

        assertThat(document).contains("\r\nSUMMARY:" + summary + "\r\nDESCRIPTION");
    }

    @Test
    void aCalendarWithoutEventsIsWellFormed() {
        assertThat(ICalendarChecker.check(calendarOf())).doesNotContain("BEGIN:VEVENT");
    }
}
