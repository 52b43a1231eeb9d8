package org.thinktank.surveyflow.questionnaire.reading;

import java.io.IOException;
import java.io.InputStream;

/** Refuses a file as soon as more than the allowed bytes have been read, without reading the rest. */
final class LimitedInputStream extends CountedInputStream {

    private final long maxBytes;

    LimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, (int) upToOnePastLimit(length));
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(upToOnePastLimit(n));
        add(skipped);
        return skipped;
    }

    /** As many bytes as asked, but no more than one past the limit: enough to know it is passed. */
    private long upToOnePastLimit(long asked) {
        return maxBytes - total() >= asked ? asked : maxBytes - total() + 1;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    void afterReading(long total) {
        if (total > maxBytes) {
            throw TableRefusals.file("questionnaire.tooLarge", megabytes(maxBytes));
        }
    }

    /** The limit as people write it: "20 MB", "512 KB", "1000 B". */
    static String megabytes(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " B";
    }
}
