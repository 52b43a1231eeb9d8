package org.thinktank.surveyflow.export.word;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.thinktank.surveyflow.markdown.Markdown;
import org.thinktank.surveyflow.markdown.PlainText;
import org.thinktank.surveyflow.markdown.TableCaption;

/**
 * Renders a report section's Markdown as Word: paragraphs, headings (as Heading3), bullet and numbered lists
 * (nested by indentation), block quotes, code, GFM tables as Word tables with a numbered caption, and the
 * investigation's own images as numbered figures ({@link MarkdownInlines} for what goes inside a paragraph).
 * Raw HTML is shown as the text it is.
 */
final class MarkdownToWord {

    private static final int INDENT_TWIPS = 420;

    private final XWPFDocument document;
    private final Captions captions;
    private final MarkdownInlines inlines;

    /** @param imageLabel the word for an image that cannot be shown ("图片", "Image"): "[图片：alt]" */
    MarkdownToWord(XWPFDocument document, Captions captions, MarkdownImages images, String imageLabel) {
        this.document = document;
        this.captions = captions;
        this.inlines = new MarkdownInlines(new MarkdownPictures(document, captions, images), imageLabel);
    }

    void render(String markdown) {
        children(Markdown.parse(markdown), 0);
    }

    private void block(Node block, int depth) {
        if (block instanceof Paragraph paragraph) {
            if (!TableCaption.isCaption(paragraph)) {
                inlines.write(block, null, () -> indented(WordText.paragraph(document, null), depth));
            }
        } else if (block instanceof Heading) {
            inlines.write(block, null, () -> WordText.paragraph(document, "Heading3"));
        } else if (block instanceof ListBlock list) {
            list(list, depth);
        } else if (block instanceof BlockQuote) {
            children(block, depth + 1);
        } else if (block instanceof FencedCodeBlock code) {
            WordText.monospace(indented(WordText.paragraph(document, null), depth), stripEnd(code.getLiteral()));
        } else if (block instanceof IndentedCodeBlock code) {
            WordText.monospace(indented(WordText.paragraph(document, null), depth), stripEnd(code.getLiteral()));
        } else if (block instanceof HtmlBlock html) {
            WordText.run(indented(WordText.paragraph(document, null), depth), stripEnd(html.getLiteral()));
        } else if (block instanceof TableBlock table) {
            table(table);
        } else {
            children(block, depth);
        }
    }

    private void children(Node parent, int depth) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            block(child, depth);
        }
    }

    private void list(ListBlock list, int depth) {
        Integer start = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : null;
        int number = start == null ? 1 : start;
        Supplier<XWPFParagraph> itemParagraph = () -> indented(WordText.paragraph(document, null), depth + 1);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof BulletList ? "•\t" : (number++) + ".\t";
            Node first = item.getFirstChild();
            XWPFParagraph paragraph = itemParagraph.get();
            paragraph.setIndentationHanging(INDENT_TWIPS);
            WordText.run(paragraph, marker);
            if (first instanceof Paragraph) {
                inlines.write(first, paragraph, itemParagraph);
                first = first.getNext();
            }
            for (Node rest = first; rest != null; rest = rest.getNext()) {
                block(rest, depth + 1);
            }
        }
    }

    /** The table with its caption above it, each cell's text without its markup, short rows filled out. */
    private void table(TableBlock table) {
        captions.table(document, TableCaption.of(table).orElse(null));
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(PlainText.of(cell));
                }
                if (section instanceof TableHead) {
                    headers.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        WordTables.table(document, headers, rows.stream().map(cells -> fitted(cells, headers.size())).toList());
        WordText.paragraph(document, null);
    }

    private static List<String> fitted(List<String> cells, int columns) {
        List<String> fitted = new ArrayList<>(cells.subList(0, Math.min(columns, cells.size())));
        fitted.addAll(Collections.nCopies(columns - fitted.size(), ""));
        return fitted;
    }

    private static XWPFParagraph indented(XWPFParagraph paragraph, int depth) {
        if (depth > 0) {
            paragraph.setIndentationLeft(depth * INDENT_TWIPS);
        }
        return paragraph;
    }

    private static String stripEnd(String text) {
        return text == null ? "" : text.stripTrailing();
    }
}
