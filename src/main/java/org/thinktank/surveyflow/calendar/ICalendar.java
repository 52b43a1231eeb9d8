package org.thinktank.surveyflow.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar document (RFC 5545) of all-day events: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, text values escaped. All-day dates float, so no VTIMEZONE is needed: a due day is the same day in
 * every calendar application, whatever its time zone.
 */
public final class ICalendar {

    /** An all-day event. {@code url} may be null. */
    public record Event(String uid, LocalDate day, String summary, String description, String url) {
    }

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    private ICalendar() {
    }

    /** The calendar named {@code name}, its events stamped {@code now}. */
    public static String of(String name, Instant now, List<Event> events) {
        ICalendar calendar = new ICalendar();
        calendar.line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//Think Tank//Survey Workflow//EN")
                .line("CALSCALE:GREGORIAN").line("METHOD:PUBLISH").line("X-WR-CALNAME:" + text(name))
                // how often subscribers are asked to read the feed again (Apple Calendar, Outlook)
                .line("REFRESH-INTERVAL;VALUE=DURATION:PT1H").line("X-PUBLISHED-TTL:PT1H");
        for (Event event : events) {
            calendar.line("BEGIN:VEVENT").line("UID:" + text(event.uid())).line("DTSTAMP:" + STAMP.format(now))
                    .line("DTSTART;VALUE=DATE:" + DAY.format(event.day()))
                    .line("DTEND;VALUE=DATE:" + DAY.format(event.day().plusDays(1)))
                    .line("SUMMARY:" + text(event.summary())).line("DESCRIPTION:" + text(event.description()))
                    .line("TRANSP:TRANSPARENT");
            if (event.url() != null) {
                calendar.line("URL:" + event.url());
            }
            calendar.line("END:VEVENT");
        }
        return calendar.line("END:VCALENDAR").out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped, other control characters dropped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** One content line, folded: no physical line over 75 octets, each continuation starting with a space. */
    private ICalendar line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
        return this;
    }
}
