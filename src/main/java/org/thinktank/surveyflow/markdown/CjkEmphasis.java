package org.thinktank.surveyflow.markdown;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;
import org.commonmark.text.Characters;

/**
 * Emphasis as Chinese is written. CommonMark lets a {@code *} run close only when it is not squeezed between
 * punctuation inside and a letter outside, so {@code **基线说明：**1950} keeps its asterisks, as do
 * {@code **「引号」**之后} and {@code 这是**「引号」**}: rules made for English, where a space separates the
 * words. Where such a run touches CJK text or CJK punctuation, a WORD JOINER (U+2060, neither space nor
 * punctuation to the parser) goes between the run and the punctuation, and the run may open or close as it could
 * between two letters. The joiners are removed from the text after parsing. English text, code, raw HTML and link
 * addresses are left as written. {@code _} is left to CommonMark: it never works inside words, which Chinese
 * sentences are to the parser.
 */
final class CjkEmphasis {

    static final char WORD_JOINER = '\u2060';
    private static final String JOINER = String.valueOf(WORD_JOINER);
    /** Punctuation that opens (「 “ （) or closes (」 ” ）): a run after an opener opens, one before a closer closes. */
    private static final Set<Integer> OPENING = Set.of((int) Character.START_PUNCTUATION,
            (int) Character.INITIAL_QUOTE_PUNCTUATION);
    private static final Set<Integer> CLOSING = Set.of((int) Character.END_PUNCTUATION,
            (int) Character.FINAL_QUOTE_PUNCTUATION);
    private static final Set<UnicodeScript> CJK_SCRIPTS = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO);
    private static final Set<UnicodeBlock> CJK_PUNCTUATION = Set.of(UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
            UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS, UnicodeBlock.CJK_COMPATIBILITY_FORMS,
            UnicodeBlock.VERTICAL_FORMS);

    private CjkEmphasis() {
    }

    /** {@code source} with word joiners beside the {@code *} runs that need them, outside the verbatim regions. */
    static String joinDelimiters(String source, List<VerbatimRegions.Region> verbatim) {
        StringBuilder joined = new StringBuilder(source.length() + 8);
        int region = 0;
        int i = 0;
        while (i < source.length()) {
            while (region < verbatim.size() && verbatim.get(region).end() <= i) {
                region++;
            }
            boolean inVerbatim = region < verbatim.size() && verbatim.get(region).start() <= i;
            char c = source.charAt(i);
            if (inVerbatim || c != '*') {
                int next = c == '\\' && !inVerbatim ? Math.min(i + 2, source.length()) : i + 1;
                joined.append(source, i, next);
                i = next;
                continue;
            }
            int end = i;
            while (end < source.length() && source.charAt(end) == '*') {
                end++;
            }
            int before = i == 0 ? -1 : source.codePointBefore(i);
            int after = end == source.length() ? -1 : source.codePointAt(end);
            if (mayClose(before, after)) {
                joined.append(WORD_JOINER);
            }
            joined.append(source, i, end);
            if (mayOpen(before, after)) {
                joined.append(WORD_JOINER);
            }
            i = end;
        }
        return joined.toString();
    }

    static void removeJoiners(org.commonmark.node.Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().indexOf(WORD_JOINER) >= 0) {
                    text.setLiteral(text.getLiteral().replace(JOINER, ""));
                }
            }
        });
    }

    /** Punctuation before, a letter after: {@code 说明：**1950} may end an emphasis that began earlier. */
    private static boolean mayClose(int before, int after) {
        return isPunctuation(before) && !OPENING.contains(Character.getType(before)) && isLetterLike(after)
                && (isCjk(before) || isCjk(after));
    }

    /** A letter before, punctuation after: {@code 这是**「引号」} may begin an emphasis. */
    private static boolean mayOpen(int before, int after) {
        return isPunctuation(after) && !CLOSING.contains(Character.getType(after)) && isLetterLike(before)
                && (isCjk(before) || isCjk(after));
    }

    private static boolean isPunctuation(int codePoint) {
        return codePoint >= 0 && Characters.isPunctuationCodePoint(codePoint);
    }

    private static boolean isLetterLike(int codePoint) {
        return codePoint >= 0 && !Characters.isPunctuationCodePoint(codePoint)
                && !Characters.isWhitespaceCodePoint(codePoint);
    }

    static boolean isCjk(int codePoint) {
        return codePoint >= 0 && (CJK_SCRIPTS.contains(UnicodeScript.of(codePoint))
                || CJK_PUNCTUATION.contains(UnicodeBlock.of(codePoint)));
    }
}
