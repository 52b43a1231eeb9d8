package org.thinktank.surveyflow.export.word;

import java.util.Optional;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Places the images a report's Markdown names: an attachment that is a PNG, JPEG or GIF is embedded in a centred
 * paragraph of its own, no wider than the text or 15 cm and no higher than 12 cm, and captioned as a figure.
 */
final class MarkdownPictures {

    static final int MAX_WIDTH_EMU = 15 * Units.EMU_PER_CENTIMETER;
    static final int MAX_HEIGHT_EMU = 12 * Units.EMU_PER_CENTIMETER;

    private final XWPFDocument document;
    private final Captions captions;
    private final MarkdownImages images;
    private final int maxWidthEmu;

    MarkdownPictures(XWPFDocument document, Captions captions, MarkdownImages images) {
        this.document = document;
        this.captions = captions;
        this.images = images;
        this.maxWidthEmu = (int) Math.min(MAX_WIDTH_EMU, Pictures.textWidthEmu(document));
    }

    /** Embeds and captions the image {@code destination} names; false when it is not an attachment one can show. */
    boolean place(String destination, String alt) {
        Optional<MarkdownImages.Image> found = destination == null ? Optional.empty() : images.find(destination);
        if (found.isEmpty()
                || !Pictures.embed(document, found.get().bytes(), found.get().fileName(), maxWidthEmu, MAX_HEIGHT_EMU)) {
            return false;
        }
        captions.figure(document, alt);
        return true;
    }
}
