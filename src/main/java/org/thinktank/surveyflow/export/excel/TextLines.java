package org.thinktank.surveyflow.export.excel;

/**
 * How many lines a wrapped text takes in a column, estimated from its characters: a Chinese character takes about
 * 1.7 character widths of the default font (measured in LibreOffice's rendering). Neither a streamed row nor LibreOffice's import sizes rows to wrapped text, so the rows get
 * their height from this.
 */
final class TextLines {

    /** A row can be at most 409 points tall: about 27 lines of 15 points. */
    static final int MOST = 27;
    static final float POINTS_PER_LINE = 15f;

    private TextLines() {
    }

    static int of(String text, int widthInCharacters) {
        int room = widthInCharacters * 10;
        int lines = 0;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
                used = 0;
                continue;
            }
            int width = isWide(c) ? 17 : 10;
            if (used + width > room && used > 0) {
                lines++;
                used = 0;
            }
            used += width;
            if (lines >= MOST) {
                return MOST;
            }
        }
        return lines + 1;
    }

    /** CJK ideographs and punctuation, kana, Hangul and full-width forms are the wide characters. */
    private static boolean isWide(char c) {
        return c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3')
                || (c >= '\uf900' && c <= '\ufaff') || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uff60')
                || (c >= '\uffe0' && c <= '\uffe6'));
    }
}
