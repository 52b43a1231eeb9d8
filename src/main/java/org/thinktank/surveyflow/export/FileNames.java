package org.thinktank.surveyflow.export;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names built from user text (topics, meeting names) that are safe in a download header, in a ZIP entry
 * and on any desktop file system: no path separators, reserved or invisible characters, no leading dots.
 * Chinese and other letters stay as they are. A name too long is cut where a reader would cut it: between words
 * in Latin text, between characters in Chinese, never inside a character made of several code points.
 */
public final class FileNames {

    private static final int MAX_CODE_POINTS = 80;
    private static final Pattern RESERVED = Pattern.compile("[\\\\/:*?\"<>|]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_DOTS = Pattern.compile("^[.\\s]+");
    // what a cut leaves dangling: a comma, a dash, an opening bracket; a closing bracket or quote stays
    private static final Pattern DANGLING = Pattern.compile("[\\p{Po}\\p{Pd}\\p{Pc}\\p{Ps}\\p{Pi}\\s]+$");

    private FileNames() {
    }

    /** A safe file name from free text plus an extension such as {@code "docx"}. */
    public static String of(String text, String extension) {
        return base(text) + "." + extension;
    }

    /**
     * The file name of one version of an investigation's report, such as {@code "AM21-1 v2 数字经济发展现状与路径调研.docx"}:
     * the code and version whole, so the names of different versions and investigations differ, and as much of the
     * topic as fits.
     */
    public static String report(String investigationCode, int version, String topic, String extension) {
        String prefix = cleaned(investigationCode) + " v" + version;
        int room = MAX_CODE_POINTS - prefix.codePointCount(0, prefix.length()) - 1;
        String title = room > 0 ? cut(cleaned(topic), room) : "";
        return (title.isEmpty() ? prefix : prefix + " " + title) + "." + extension;
    }

    static String base(String text) {
        String cut = cut(cleaned(text), MAX_CODE_POINTS);
        return cut.isEmpty() ? "export" : cut;
    }

    private static String cleaned(String text) {
        StringBuilder safe = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(c -> safe.appendCodePoint(isInvisible(c) ? ' ' : c));
        String cleaned = SPACES.matcher(RESERVED.matcher(safe).replaceAll("_")).replaceAll(" ").strip();
        return LEADING_DOTS.matcher(cleaned).replaceFirst("");
    }

    // control characters and format characters such as U+202E (right-to-left override) can disguise a name
    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The text within {@code max} code points, cut at the last word boundary, or character boundary in Chinese. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int limit = text.offsetByCodePoints(0, max);
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int lastCharacter = characters.isBoundary(limit) ? limit : characters.preceding(limit);
        int end = lastCharacter;
        while (end > 0 && !words.isBoundary(end) && !isWrittenWithoutSpaces(text.codePointBefore(end))) {
            end = characters.preceding(end);
        }
        // a single word longer than the room is cut where it must be, at a character
        String kept = text.substring(0, end > 0 ? end : lastCharacter);
        return DANGLING.matcher(kept).replaceFirst("");
    }

    // the word breaker takes a run of Chinese as one word; between its characters a cut is as good as between words
    private static boolean isWrittenWithoutSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
