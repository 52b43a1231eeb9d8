package org.thinktank.surveyflow.questionnaire.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that tells after every read how many bytes have come through it in all, so that a guard can stop it. */
abstract class CountedInputStream extends FilterInputStream {

    private long total;

    CountedInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    final void add(long bytes) {
        total += bytes;
        afterReading(total);
    }

    final long total() {
        return total;
    }

    /** Called with the bytes read so far; throws to refuse the rest. */
    abstract void afterReading(long total);
}
