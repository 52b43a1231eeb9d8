package org.thinktank.surveyflow.workflow.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines that fit a width: English between words, Chinese between any two characters (which
 * are about twice as wide as Latin letters at the map's font size).
 */
final class LabelLines {

    static final double FONT_SIZE = 13;
    private static final double WIDE = FONT_SIZE;
    private static final double NARROW = FONT_SIZE * 0.56;

    private LabelLines() {
    }

    static List<String> wrap(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(text)) {
            String joined = line.isEmpty() || startsWide(word) || endsWide(line) ? line + word.strip()
                    : line + " " + word.strip();
            if (!line.isEmpty() && width(joined) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word.strip());
            } else {
                line.setLength(0);
                line.append(joined);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Latin words whole, each wide (CJK) character on its own. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isWide(c) || Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (isWide(c)) {
                    words.add(Character.toString(c));
                }
            } else {
                word.appendCodePoint(c);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    static double width(CharSequence text) {
        return text.codePoints().mapToDouble(c -> isWide(c) ? WIDE : NARROW).sum();
    }

    private static boolean startsWide(String word) {
        return isWide(word.codePointAt(0));
    }

    private static boolean endsWide(CharSequence line) {
        return isWide(Character.codePointBefore(line, line.length()));
    }

    private static boolean isWide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
