package org.thinktank.surveyflow.export;

import java.util.regex.Pattern;

/**
 * File names built from user text (topics, meeting names) that are safe in a download header, in a ZIP entry
 * and on any desktop file system: no path separators, reserved or invisible characters, no leading dots.
 * Chinese and other letters stay as they are.
 */
public final class FileNames {

    private static final int MAX_CODE_POINTS = 80;
    private static final Pattern RESERVED = Pattern.compile("[\\\\/:*?\"<>|]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FileNames() {
    }

    /** A safe file name from free text plus an extension such as {@code "docx"}. */
    public static String of(String text, String extension) {
        return base(text) + "." + extension;
    }

    static String base(String text) {
        StringBuilder safe = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(c -> safe.appendCodePoint(isInvisible(c) ? ' ' : c));
        String cleaned = SPACES.matcher(RESERVED.matcher(safe).replaceAll("_")).replaceAll(" ").strip();
        cleaned = cleaned.replaceFirst("^[.\\s]+", "");
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_CODE_POINTS) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_CODE_POINTS)).strip();
        }
        return cleaned.isEmpty() ? "export" : cleaned;
    }

    // control characters and format characters such as U+202E (right-to-left override) can disguise a name
    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
