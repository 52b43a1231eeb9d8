package org.thinktank.surveyflow.export.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Places the images a report's Markdown names: an attachment that is a PNG, JPEG or GIF is embedded in a centred
 * paragraph of its own, no wider than the text or 15 cm and no higher than 12 cm, and captioned as a figure.
 */
final class MarkdownPictures {

    static final int MAX_WIDTH_EMU = 15 * Units.EMU_PER_CENTIMETER;
    static final int MAX_HEIGHT_EMU = 12 * Units.EMU_PER_CENTIMETER;
    private static final int EMU_PER_TWIP = Units.EMU_PER_POINT / 20;

    private final XWPFDocument document;
    private final Captions captions;
    private final MarkdownImages images;
    private final int maxWidthEmu;

    MarkdownPictures(XWPFDocument document, Captions captions, MarkdownImages images) {
        this.document = document;
        this.captions = captions;
        this.images = images;
        this.maxWidthEmu = Math.min(MAX_WIDTH_EMU, textWidthEmu(document));
    }

    /** Embeds and captions the image {@code destination} names; false when it is not an attachment one can show. */
    boolean place(String destination, String alt) {
        Optional<MarkdownImages.Image> found = destination == null ? Optional.empty() : images.find(destination);
        Optional<PictureType> type = found.flatMap(image -> typeOf(image.bytes()));
        if (type.isEmpty()) {
            return false;
        }
        MarkdownImages.Image image = found.get();
        double scale = Math.min(1, Math.min((double) maxWidthEmu / Units.pixelToEMU(image.widthPixels()),
                (double) MAX_HEIGHT_EMU / Units.pixelToEMU(image.heightPixels())));
        XWPFParagraph paragraph = WordText.keepWithNext(WordText.paragraph(document, null));
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(image.bytes()), type.get(), image.fileName(),
                    (int) Math.round(Units.pixelToEMU(image.widthPixels()) * scale),
                    (int) Math.round(Units.pixelToEMU(image.heightPixels()) * scale));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("POI refused a picture type it lists: " + type.get(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        captions.figure(document, alt);
        return true;
    }

    /** The picture type by the file's first bytes, not its name: a renamed file shows as what it is, or not at all. */
    private static Optional<PictureType> typeOf(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PictureType.PNG);
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(PictureType.JPEG);
        }
        return startsWith(bytes, 'G', 'I', 'F', '8') ? Optional.of(PictureType.GIF) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes == null || bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** The width between the template's page margins; 15 cm when the template does not say. */
    private static int textWidthEmu(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        if (section == null || !section.isSetPgSz() || !section.isSetPgMar()) {
            return MAX_WIDTH_EMU;
        }
        CTPageSz size = section.getPgSz();
        CTPageMar margins = section.getPgMar();
        long twips = twips(size.getW()) - twips(margins.getLeft()) - twips(margins.getRight());
        return twips > 0 ? (int) Math.min(Integer.MAX_VALUE, twips * EMU_PER_TWIP) : MAX_WIDTH_EMU;
    }

    private static long twips(Object measure) {
        return measure instanceof BigInteger value ? value.longValue() : 0;
    }
}
