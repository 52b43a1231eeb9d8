package org.thinktank.surveyflow.markdown;

import java.util.Optional;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The words of a piece of Markdown without its markup: what a table cell or a caption says. */
public final class PlainText {

    private static final String MAILTO = "mailto:";

    private PlainText() {
    }

    /** The text of {@code node}'s inlines; a link reads as its text and then its address in parentheses. */
    public static String of(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                text.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(Link link) {
                visitChildren(link);
                addressShown(link).ifPresent(address -> text.append(" (").append(address).append(')'));
            }
        });
        return text.toString().strip();
    }

    /** A link's address when it says more than the link's text: not for {@code <https://…>} or {@code <a@b.org>}. */
    public static Optional<String> addressShown(Link link) {
        String address = link.getDestination();
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        StringBuilder words = new StringBuilder();
        link.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                words.append(literal.getLiteral());
            }
        });
        String text = words.toString().strip();
        boolean sameAsText = address.equals(text) || address.equals(MAILTO + text);
        return sameAsText ? Optional.empty() : Optional.of(address);
    }
}
