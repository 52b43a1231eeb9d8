package org.thinktank.surveyflow.questionnaire;

import java.io.InputStream;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** The questionnaire reader as the stored datasets use it: an upload once, a stored file for cross tables and raw rows. */
@Component
class DatasetReading {

    private final QuestionnaireReader reader;

    DatasetReading(QuestionnaireReader reader) {
        this.reader = reader;
    }

    /**
     * The summary of a file as it arrives, read once from {@code content}; refuses a file that is not a questionnaire
     * table or is larger than {@code maxBytes}.
     */
    DatasetSummary summarise(String fileName, InputStream content, long maxBytes) {
        return reader.summarise(new DatasetFile(fileName, () -> content, maxBytes));
    }

    CrossTable cross(String fileName, byte[] content, String question, String byQuestion) {
        return reader.crossTabulate(stored(fileName, content), question, byQuestion);
    }

    /** The stored file's header and rows, loaded and read only when they are first asked for. */
    DatasetSheet.RawData raw(String fileName, Supplier<byte[]> content) {
        RowPump pump = new RowPump(reader, () -> stored(fileName, content.get()));
        return new DatasetSheet.RawData(pump.header(), pump);
    }

    private static DatasetFile stored(String fileName, byte[] content) {
        // it was within the limit when it was taken; a lower limit since must not make it unreadable
        return DatasetFile.of(fileName, content, Integer.MAX_VALUE);
    }
}
