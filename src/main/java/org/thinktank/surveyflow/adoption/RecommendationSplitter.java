package org.thinktank.surveyflow.adoption;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.thinktank.surveyflow.markdown.Markdown;
import org.thinktank.surveyflow.markdown.PlainText;

/**
 * The recommendations of a report's recommendations section, in plain text and in order: the items of its top-level
 * lists (ordered or not) when it has any, or else its top-level paragraphs. Headings are never recommendations.
 */
public final class RecommendationSplitter {

    private RecommendationSplitter() {
    }

    public static List<String> split(String markdown) {
        Node document = Markdown.parse(markdown);
        List<String> items = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof BulletList || block instanceof OrderedList) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    addIfNotBlank(items, textOf(item));
                }
            } else if (block instanceof Paragraph) {
                addIfNotBlank(paragraphs, PlainText.of(block));
            }
        }
        return items.isEmpty() ? paragraphs : items;
    }

    /** A list item's paragraphs, nested lists included, one after another. */
    private static String textOf(Node item) {
        List<String> parts = new ArrayList<>();
        item.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                parts.add(PlainText.of(paragraph));
            }
        });
        return String.join(" ", parts);
    }

    private static void addIfNotBlank(List<String> texts, String text) {
        if (!text.isBlank()) {
            texts.add(text.strip());
        }
    }
}
