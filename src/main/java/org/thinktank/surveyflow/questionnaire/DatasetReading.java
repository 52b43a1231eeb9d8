package org.thinktank.surveyflow.questionnaire;

import java.io.InputStream;

import org.springframework.stereotype.Component;

/** The questionnaire reader (docs/questionnaires.md) as the stored datasets use it. */
@Component
class DatasetReading {

    /** The file's summary; refuses a file that is not a questionnaire table or is larger than {@code maxBytes}. */
    DatasetSummary summarise(String fileName, InputStream content, long maxBytes) {
        throw new UnsupportedOperationException("reader not merged yet");
    }

    CrossTable cross(String fileName, byte[] content, String question, String byQuestion) {
        throw new UnsupportedOperationException("reader not merged yet");
    }

    DatasetSheet.RawData raw(String fileName, byte[] content) {
        throw new UnsupportedOperationException("reader not merged yet");
    }
}
