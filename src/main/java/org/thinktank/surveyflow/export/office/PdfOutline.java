package org.thinktank.surveyflow.export.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The outline (bookmarks) of a PDF, in reading order, nested items after their parent: with LibreOffice's
 * {@code ExportBookmarks} these are the document's headings and the pages they are on, which is what a table of
 * contents needs.
 */
public final class PdfOutline {

    /** A heading: its title, its level (1 for the top) and the 1-based page it is on, 0 when it points nowhere. */
    public record Heading(String title, int level, int page) {
    }

    /** The file is not a PDF that PDFBox can read (LibreOffice said it converted, but what it left is not one). */
    public static class UnreadableException extends RuntimeException {
        UnreadableException(Path pdf, IOException cause) {
            super("Cannot read the outline of " + pdf.getFileName() + ": " + cause.getMessage(), cause);
        }
    }

    private PdfOutline() {
    }

    /** @throws UnreadableException when the file is not a readable PDF */
    public static List<Heading> of(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Heading> headings = new ArrayList<>();
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                collect(document, outline, 1, headings);
            }
            return headings;
        } catch (IOException e) {
            throw new UnreadableException(pdf, e);
        }
    }

    private static void collect(PDDocument document, PDOutlineNode parent, int level, List<Heading> headings)
            throws IOException {
        for (PDOutlineItem item : parent.children()) {
            PDPage page = item.findDestinationPage(document);
            int number = page == null ? 0 : document.getPages().indexOf(page) + 1;
            headings.add(new Heading(item.getTitle(), level, number));
            collect(document, item, level + 1, headings);
        }
    }
}
