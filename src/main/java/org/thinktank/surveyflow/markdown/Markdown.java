package org.thinktank.surveyflow.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Markdown the application reads, wherever it is shown: CommonMark with GFM tables, emphasis that works the
 * way Chinese is written ({@link CjkEmphasis}), and no space where a line breaks between Chinese characters
 * ({@link CjkLineBreaks}). Raw HTML in the text is untrusted: renderers show it as text.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final Parser LOCATING_PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    /** The document tree of {@code markdown} (null reads as empty). */
    public static Node parse(String markdown) {
        String source = markdown == null ? "" : markdown;
        Node located = LOCATING_PARSER.parse(source);
        Node document = PARSER.parse(CjkEmphasis.joinDelimiters(source, VerbatimRegions.of(source, located)));
        CjkEmphasis.removeJoiners(document);
        CjkLineBreaks.join(document);
        return document;
    }

    /** {@code markdown} as HTML safe to put in a page: raw HTML escaped, unsafe link addresses dropped. */
    public static String toHtml(String markdown) {
        return HTML.render(parse(markdown));
    }
}
