package org.thinktank.surveyflow.export.word;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Renders a report section's Markdown as Word paragraphs: paragraphs, headings (as Heading3), bullet and numbered
 * lists (nested by indentation), block quotes, code, **bold** and *italic*. Raw HTML is shown as the text it is.
 */
final class MarkdownToWord {

    private static final Parser PARSER = Parser.builder().build();
    private static final int INDENT_TWIPS = 420;

    private final XWPFDocument document;

    MarkdownToWord(XWPFDocument document) {
        this.document = document;
    }

    void render(String markdown) {
        Node root = PARSER.parse(markdown == null ? "" : markdown);
        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            block(block, 0);
        }
    }

    private void block(Node block, int depth) {
        if (block instanceof Paragraph) {
            inlines(indented(WordText.paragraph(document, null), depth), block, false, false);
        } else if (block instanceof Heading) {
            inlines(WordText.paragraph(document, "Heading3"), block, false, false);
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
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof BulletList ? "•\t" : (number++) + ".\t";
            Node first = item.getFirstChild();
            XWPFParagraph paragraph = indented(WordText.paragraph(document, null), depth + 1);
            paragraph.setIndentationHanging(INDENT_TWIPS);
            WordText.run(paragraph, marker);
            if (first instanceof Paragraph) {
                inlines(paragraph, first, false, false);
                first = first.getNext();
            }
            for (Node rest = first; rest != null; rest = rest.getNext()) {
                block(rest, depth + 1);
            }
        }
    }

    private void inlines(XWPFParagraph paragraph, Node parent, boolean bold, boolean italic) {
        for (Node inline = parent.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof Text text) {
                styled(WordText.run(paragraph, text.getLiteral()), bold, italic);
            } else if (inline instanceof StrongEmphasis) {
                inlines(paragraph, inline, true, italic);
            } else if (inline instanceof Emphasis) {
                inlines(paragraph, inline, bold, true);
            } else if (inline instanceof Code code) {
                styled(WordText.monospace(paragraph, code.getLiteral()), bold, italic);
            } else if (inline instanceof SoftLineBreak) {
                WordText.run(paragraph, " ");
            } else if (inline instanceof HardLineBreak) {
                WordText.run(paragraph, "").addBreak();
            } else if (inline instanceof HtmlInline html) {
                styled(WordText.run(paragraph, html.getLiteral()), bold, italic);
            } else {
                inlines(paragraph, inline, bold, italic);
            }
        }
    }

    private static XWPFRun styled(XWPFRun run, boolean bold, boolean italic) {
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        return run;
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
