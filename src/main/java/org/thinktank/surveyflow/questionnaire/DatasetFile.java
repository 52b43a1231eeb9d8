package org.thinktank.surveyflow.questionnaire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded questionnaire dataset, as a tool exported it: .xlsx or .csv, one row per respondent.
 *
 * @param fileName the name it was uploaded under; its extension says how to read it
 * @param content  opens the bytes afresh each time, since a cross table reads the file a second time
 * @param maxBytes reading stops, refused, once the file is found to be larger
 */
public record DatasetFile(String fileName, Content content, long maxBytes) {

    public static DatasetFile of(String fileName, byte[] bytes, long maxBytes) {
        return new DatasetFile(fileName, () -> new ByteArrayInputStream(bytes), maxBytes);
    }

    public static DatasetFile of(Path path, long maxBytes) {
        return new DatasetFile(path.getFileName().toString(), () -> Files.newInputStream(path), maxBytes);
    }

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
