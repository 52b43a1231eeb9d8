package org.thinktank.surveyflow.export.template;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.thinktank.surveyflow.export.word.Logo;

/** An uploaded logo, accepted only when it decodes as a PNG or JPEG image of at most 1 MB. */
final class LogoImage {

    static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_PIXELS = 25_000_000;

    private LogoImage() {
    }

    /** The logo the bytes hold, or empty when they are no PNG or JPEG image that decodes. */
    static Optional<Logo> decode(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    return Optional.empty();
                }
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // a tiny file may declare a huge image: refuse before decoding it
                if ((long) width * height > MAX_PIXELS) {
                    return Optional.empty();
                }
                BufferedImage image = reader.read(0);
                return Optional.of(new Logo(content, format, image.getWidth(), image.getHeight()));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
