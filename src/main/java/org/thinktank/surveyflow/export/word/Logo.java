package org.thinktank.surveyflow.export.word;

/**
 * A think tank's logo as the cover shows it: the image bytes, their format and their size in pixels.
 *
 * @param format {@code png} or {@code jpeg}
 */
public record Logo(byte[] content, String format, int width, int height) {

    public String contentType() {
        return "image/" + format;
    }
}
