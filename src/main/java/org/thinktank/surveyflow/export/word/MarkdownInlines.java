package org.thinktank.surveyflow.export.word;

import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.thinktank.surveyflow.markdown.PlainText;

/**
 * Writes the inlines of one Markdown block as runs: bold, italic and code as such, a link as its text and then its
 * address, raw HTML as the text it is. An image that is an attachment breaks the text for a paragraph of its own;
 * any other image reads "[图片：alt]".
 */
final class MarkdownInlines {

    private final MarkdownPictures pictures;
    private final String imageLabel;

    MarkdownInlines(MarkdownPictures pictures, String imageLabel) {
        this.pictures = pictures;
        this.imageLabel = imageLabel;
    }

    /**
     * Writes {@code block}'s inlines into {@code first}, or into paragraphs from {@code paragraphs} when
     * {@code first} is null or an image has ended it.
     */
    void write(Node block, XWPFParagraph first, Supplier<XWPFParagraph> paragraphs) {
        new Cursor(first, paragraphs).inlines(block, false, false);
    }

    private final class Cursor {

        private final Supplier<XWPFParagraph> paragraphs;
        private XWPFParagraph paragraph;

        Cursor(XWPFParagraph first, Supplier<XWPFParagraph> paragraphs) {
            this.paragraph = first;
            this.paragraphs = paragraphs;
        }

        void inlines(Node parent, boolean bold, boolean italic) {
            for (Node inline = parent.getFirstChild(); inline != null; inline = inline.getNext()) {
                if (inline instanceof Text text) {
                    styled(WordText.run(paragraph(), text.getLiteral()), bold, italic);
                } else if (inline instanceof StrongEmphasis) {
                    inlines(inline, true, italic);
                } else if (inline instanceof Emphasis) {
                    inlines(inline, bold, true);
                } else if (inline instanceof Code code) {
                    styled(WordText.monospace(paragraph(), code.getLiteral()), bold, italic);
                } else if (inline instanceof SoftLineBreak && paragraph != null) {
                    WordText.run(paragraph, " ");
                } else if (inline instanceof HardLineBreak) {
                    WordText.run(paragraph(), "").addBreak();
                } else if (inline instanceof HtmlInline html) {
                    styled(WordText.run(paragraph(), html.getLiteral()), bold, italic);
                } else if (inline instanceof Link link) {
                    inlines(link, bold, italic);
                    PlainText.addressShown(link).ifPresent(address ->
                            styled(WordText.run(paragraph(), " (" + address + ")"), bold, italic));
                } else if (inline instanceof Image image) {
                    image(image, bold, italic);
                } else if (!(inline instanceof SoftLineBreak)) {
                    inlines(inline, bold, italic);
                }
            }
        }

        private void image(Image image, boolean bold, boolean italic) {
            String alt = PlainText.of(image);
            if (pictures.place(image.getDestination(), alt)) {
                paragraph = null;
            } else {
                String colon = WordText.hasEastAsianCharacters(imageLabel) ? "：" : ": ";
                styled(WordText.run(paragraph(), "[" + imageLabel + colon + alt + "]"), bold, italic);
            }
        }

        private XWPFParagraph paragraph() {
            if (paragraph == null) {
                paragraph = paragraphs.get();
            }
            return paragraph;
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
}
