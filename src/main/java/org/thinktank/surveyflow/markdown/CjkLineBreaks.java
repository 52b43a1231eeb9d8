package org.thinktank.surveyflow.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;

/**
 * A line break inside a paragraph reads as a space in English, but Chinese has no spaces between words: where the
 * break falls between two CJK characters it is dropped, so {@code 数字\n经济} reads 数字经济, not 数字 经济.
 */
final class CjkLineBreaks {

    private CjkLineBreaks() {
    }

    static void join(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak lineBreak) {
                if (lineBreak.getPrevious() != null && lineBreak.getNext() != null
                        && CjkEmphasis.isCjk(lastCodePoint(PlainText.of(lineBreak.getPrevious())))
                        && CjkEmphasis.isCjk(firstCodePoint(PlainText.of(lineBreak.getNext())))) {
                    lineBreak.unlink();
                }
            }
        });
    }

    private static int lastCodePoint(String text) {
        return text.isEmpty() ? -1 : text.codePointBefore(text.length());
    }

    private static int firstCodePoint(String text) {
        return text.isEmpty() ? -1 : text.codePointAt(0);
    }
}
