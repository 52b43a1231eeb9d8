package org.thinktank.surveyflow.questionnaire.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses a file as soon as more than the allowed bytes have been read, without reading the rest. */
final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long read;

    LimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) upToOnePastLimit(length));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(upToOnePastLimit(n));
        count(skipped);
        return skipped;
    }

    /** As many bytes as asked, but no more than one past the limit: enough to know it is passed. */
    private long upToOnePastLimit(long asked) {
        return maxBytes - read >= asked ? asked : maxBytes - read + 1;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) {
        read += n;
        if (read > maxBytes) {
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
