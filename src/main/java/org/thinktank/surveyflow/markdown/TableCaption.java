package org.thinktank.surveyflow.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Pandoc's table captions: a paragraph {@code Table: …}, {@code 表：…} or {@code : …} directly before or after a
 * table captions it. One between two tables captions the one after it, as Chinese captions stand above their table.
 */
public final class TableCaption {

    private static final Pattern PREFIX = Pattern.compile("^(?:[Tt]able:|表[：:]|:(?=\\s))\\s*");

    private TableCaption() {
    }

    /** The title of {@code table}'s caption, if a paragraph next to it is one. */
    public static Optional<String> of(TableBlock table) {
        Node caption = captions(table.getPrevious()) == table ? table.getPrevious()
                : captions(table.getNext()) == table ? table.getNext() : null;
        return Optional.ofNullable(caption).map(paragraph -> title((Paragraph) paragraph));
    }

    /** Whether {@code paragraph} is the caption of a table next to it (and so not a paragraph of its own). */
    public static boolean isCaption(Paragraph paragraph) {
        return captions(paragraph) != null;
    }

    /** The table that {@code node} captions, or null. */
    private static TableBlock captions(Node node) {
        if (!(node instanceof Paragraph paragraph) || !PREFIX.matcher(PlainText.of(paragraph)).find()) {
            return null;
        }
        if (paragraph.getNext() instanceof TableBlock after) {
            return after;
        }
        return paragraph.getPrevious() instanceof TableBlock before ? before : null;
    }

    private static String title(Paragraph caption) {
        Matcher prefix = PREFIX.matcher(PlainText.of(caption));
        return prefix.replaceFirst("").strip();
    }
}
