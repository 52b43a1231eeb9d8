package org.thinktank.surveyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A strict reader of iCalendar text as RFC 5545 writes it (no maintained parser resolves here): CRLF line ends,
 * physical lines of at most 75 octets, folds that start with one space, content lines {@code NAME;PARAMS:value},
 * balanced BEGIN/END, the properties each component must have once, dates of the right form, and TEXT values with
 * every comma, semicolon and line break escaped. Returns the unfolded content lines.
 */
final class ICalendarChecker {

    private static final Pattern CONTENT_LINE = Pattern.compile("[A-Z][A-Z0-9-]*(;[A-Z-]+=[^;:]+)*:.*");
    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final Pattern STAMP = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final List<String> TEXT = List.of("SUMMARY", "DESCRIPTION", "X-WR-CALNAME", "UID");

    private ICalendarChecker() {
    }

    static List<String> check(String document) {
        assertThat(document).as("ends in CRLF").endsWith("\r\n");
        assertThat(document.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\r", "\n");
        List<String> lines = new ArrayList<>();
        for (String physical : document.substring(0, document.length() - 2).split("\r\n", -1)) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as("octets of: " + physical)
                    .isLessThanOrEqualTo(75);
            assertThat(physical).as("no empty line").isNotEmpty();
            if (physical.startsWith(" ")) {
                assertThat(lines).as("a fold continues a line").isNotEmpty();
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
            } else {
                lines.add(physical);
            }
        }
        Deque<String> open = new ArrayDeque<>();
        List<String> properties = new ArrayList<>();
        for (String line : lines) {
            assertThat(line).as("a content line").matches(CONTENT_LINE);
            String name = line.substring(0, indexOfNameEnd(line));
            String value = line.substring(line.indexOf(':') + 1);
            if (name.equals("BEGIN")) {
                open.push(value);
                properties = new ArrayList<>();
            } else if (name.equals("END")) {
                assertThat(open).as("END:" + value + " closes what is open").isNotEmpty();
                assertThat(open.pop()).isEqualTo(value);
                if (value.equals("VEVENT")) {
                    for (String required : List.of("UID", "DTSTAMP", "DTSTART", "SUMMARY")) {
                        assertThat(properties).as("VEVENT has one " + required).containsOnlyOnce(required);
                    }
                }
            } else {
                properties.add(name);
                if (name.equals("DTSTAMP")) {
                    assertThat(value).matches(STAMP);
                }
                if (name.equals("DTSTART") || name.equals("DTEND")) {
                    assertThat(line).startsWith(name + ";VALUE=DATE:");
                    assertThat(value).matches(DATE);
                }
                if (TEXT.contains(name)) {
                    assertThat(value.replace("\\\\", "").replace("\\,", "").replace("\\;", "").replace("\\n", ""))
                            .as("escaped TEXT of " + name).doesNotContain(",", ";", "\\");
                }
            }
        }
        assertThat(open).as("everything begun has ended").isEmpty();
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0").anyMatch(l -> l.startsWith("PRODID:"));
        return lines;
    }

    private static int indexOfNameEnd(String line) {
        int colon = line.indexOf(':');
        int semicolon = line.indexOf(';');
        return semicolon >= 0 && semicolon < colon ? semicolon : colon;
    }

    /** A TEXT value as it was before escaping. */
    static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }
}
