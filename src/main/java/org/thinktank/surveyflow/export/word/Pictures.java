package org.thinktank.surveyflow.export.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Pictures embedded in a report in a centred paragraph of their own, scaled down to fit, never up. */
final class Pictures {

    private static final double EMU_PER_PIXEL_AT_96_DPI = Units.EMU_PER_PIXEL;

    private Pictures() {
    }

    /** The pixel size of a PNG, JPEG or GIF, read from its header without decoding it; empty for anything else. */
    static Optional<int[]> size(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Embeds the picture in a new paragraph kept with its caption, at most {@code maxWidthEmu} by {@code maxHeightEmu}.
     * Returns false, writing nothing, when the bytes are not a picture Word shows.
     */
    static boolean embed(XWPFDocument document, byte[] image, String fileName, long maxWidthEmu, long maxHeightEmu) {
        Optional<int[]> size = size(image);
        Integer type = type(image);
        if (size.isEmpty() || type == null || size.get()[0] <= 0 || size.get()[1] <= 0) {
            return false;
        }
        double width = size.get()[0] * EMU_PER_PIXEL_AT_96_DPI;
        double height = size.get()[1] * EMU_PER_PIXEL_AT_96_DPI;
        double scale = Math.min(1, Math.min(maxWidthEmu / width, maxHeightEmu / height));
        XWPFParagraph paragraph = WordText.keepWithNext(document.createParagraph());
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(image), type, fileName,
                    (int) Math.round(width * scale), (int) Math.round(height * scale));
            return true;
        } catch (Exception e) {
            document.removeBodyElement(document.getPosOfParagraph(paragraph));
            return false;
        }
    }

    /** The width between the document's page margins, in EMU. */
    static long textWidthEmu(XWPFDocument document) {
        return (long) WordText.textWidthTwips(document) * Units.EMU_PER_POINT / 20;
    }

    // by the file's first bytes, not its name: a renamed file shows as what it is, or not at all
    private static Integer type(byte[] image) {
        if (image.length > 3 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return Document.PICTURE_TYPE_PNG;
        }
        if (image.length > 2 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF) {
            return Document.PICTURE_TYPE_JPEG;
        }
        if (image.length > 2 && image[0] == 'G' && image[1] == 'I' && image[2] == 'F') {
            return Document.PICTURE_TYPE_GIF;
        }
        return null;
    }
}
