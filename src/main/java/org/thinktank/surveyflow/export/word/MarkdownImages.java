package org.thinktank.surveyflow.export.word;

import java.util.Optional;

/**
 * The images a report's Markdown may show: only the investigation's own attachments, named as
 * {@code attachment:123} or by file name. Nothing else is looked up, and nothing is ever fetched from an address.
 */
@FunctionalInterface
public interface MarkdownImages {

    MarkdownImages NONE = destination -> Optional.empty();

    /** The image an {@code ![alt](destination)} names, if it is one of the investigation's attachments. */
    Optional<Image> find(String destination);

    /** An image file's content, its name, and its size in pixels. */
    record Image(byte[] bytes, String fileName, int widthPixels, int heightPixels) {

        public Image {
            if (widthPixels <= 0 || heightPixels <= 0) {
                throw new IllegalArgumentException("an image has a positive size: " + widthPixels + "x" + heightPixels);
            }
        }
    }
}
