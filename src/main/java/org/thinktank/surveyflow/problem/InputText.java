package org.thinktank.surveyflow.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every piece of text input keeps, whether it comes as JSON, a form field, a query parameter or a
 * spreadsheet cell. PostgreSQL cannot store U+0000 and a lone UTF-16 surrogate would silently become '?', so both
 * are refused everywhere. Single-line fields (titles, topics, names, codes, user names) are also refused control
 * characters and text-direction overrides, and lose the whitespace and invisible characters at their edges, so that
 * a title of ideographic spaces is as blank as one of ASCII spaces.
 */
public final class InputText {

    public static final String NUL = "must not contain NUL characters (U+0000)";
    public static final String LONE_SURROGATE = "must not contain invalid characters (a lone UTF-16 surrogate)";
    public static final String CONTROL = "must be one line without control characters";
    public static final String DIRECTION = "must not contain text-direction controls (U+202A to U+202E, U+2066 to U+2069)";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private InputText() {
    }

    /** One of the problems above as a reason in the reader's language; any other text as the reason it is. */
    public static Reason reasonOf(String problem) {
        if (NUL.equals(problem)) {
            return Reason.of("input.nul");
        }
        if (LONE_SURROGATE.equals(problem)) {
            return Reason.of("input.loneSurrogate");
        }
        if (CONTROL.equals(problem)) {
            return Reason.of("input.control");
        }
        if (DIRECTION.equals(problem)) {
            return Reason.of("input.direction");
        }
        return Reason.of("problem.text", String.valueOf(problem));
    }

    /** The text without Unicode whitespace and zero-width characters at its start and end; null stays null. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isEdgeSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isEdgeSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * Whitespace in Java's sense (which includes U+3000 but not the no-break spaces), every Unicode space separator
     * (U+00A0, U+2007, U+202F among them) and the zero-width characters (U+200B to U+200D, U+2060, U+FEFF).
     */
    static boolean isEdgeSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || (codePoint >= 0x200B && codePoint <= 0x200D) || codePoint == 0x2060 || codePoint == 0xFEFF;
    }

    /** What is wrong with text of any field, if anything. */
    public static Optional<String> problemOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of(NUL);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with the text of a single-line field, if anything. */
    public static Optional<String> problemOfLine(String text) {
        Optional<String> anywhere = problemOf(text);
        if (anywhere.isPresent() || text == null) {
            return anywhere;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(CONTROL);
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return Optional.of(DIRECTION);
            }
        }
        return Optional.empty();
    }

    /**
     * A calendar date written as ISO 8601 with a four-digit year ({@code 2026-12-01}); nothing with a time, a sign,
     * or a year PostgreSQL cannot store.
     *
     * @throws DateTimeParseException when the text is not such a date
     */
    public static LocalDate isoDate(String text) {
        String date = text.strip();
        if (!ISO_DATE.matcher(date).matches()) {
            throw new DateTimeParseException("Not a date like 2026-12-01", text, 0);
        }
        return LocalDate.parse(date);
    }

    /** The text as a message may quote it: at most 40 characters, the rest marked as left out. */
    public static String quote(Object value) {
        String text = String.valueOf(value);
        int limit = 40;
        return "'" + (text.length() <= limit ? text : text.substring(0, text.offsetByCodePoints(0,
                text.codePointCount(0, limit))) + "…") + "'";
    }
}
