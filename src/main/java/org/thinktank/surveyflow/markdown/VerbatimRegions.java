package org.thinktank.surveyflow.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The stretches of a Markdown source that are taken as written, found in a first parse with source spans: code
 * spans and blocks, raw HTML, link reference definitions and the addresses of links, images and autolinks.
 */
final class VerbatimRegions {

    /** Source positions {@code [start, end)}, in the order they occur. */
    record Region(int start, int end) {
    }

    private VerbatimRegions() {
    }

    /** @param located {@code source} parsed with source spans */
    static List<Region> of(String source, Node located) {
        List<Region> regions = new ArrayList<>();
        located.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                whole(code);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                whole(code);
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                whole(code);
            }

            @Override
            public void visit(HtmlBlock html) {
                whole(html);
            }

            @Override
            public void visit(HtmlInline html) {
                whole(html);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                whole(definition);
            }

            @Override
            public void visit(Link link) {
                address(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                address(image);
                visitChildren(image);
            }

            private void whole(Node node) {
                for (SourceSpan span : node.getSourceSpans()) {
                    regions.add(new Region(span.getInputIndex(), end(span)));
                }
            }

            /** From the end of the link's text to the end of the link: the address and title, or all of an autolink. */
            private void address(Node link) {
                List<SourceSpan> spans = link.getSourceSpans();
                if (spans.isEmpty()) {
                    return;
                }
                int linkStart = spans.get(0).getInputIndex();
                Node lastChild = link.getLastChild();
                boolean whole = source.charAt(linkStart) == '<' || lastChild == null
                        || lastChild.getSourceSpans().isEmpty();
                regions.add(new Region(whole ? linkStart : end(last(lastChild.getSourceSpans())), end(last(spans))));
            }
        });
        regions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return regions;
    }

    private static SourceSpan last(List<SourceSpan> spans) {
        return spans.get(spans.size() - 1);
    }

    private static int end(SourceSpan span) {
        return span.getInputIndex() + span.getLength();
    }
}
