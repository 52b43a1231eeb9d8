package org.thinktank.surveyflow.questionnaire.reading;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * The entries of an uploaded .xlsx, each guarded while it inflates: refused once it grows past
 * {@value #MAX_ENTRY_BYTES} bytes or inflates more than 1/{@value #MIN_INFLATE_RATIO} times its compressed size (a zip
 * bomb). The same two guards as the spreadsheet import, but per file rather than through POI's JVM-wide
 * ZipSecureFile settings: a dataset's sheet, read streaming, may be far larger than the import's 32 MB limit, and that
 * limit must stay where the import set it.
 */
final class GuardedZipEntries implements ZipEntrySource {

    static final long MAX_ENTRY_BYTES = 1024L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    // small entries may compress very well without being a bomb, as POI's own grace size allows
    private static final long GRACE_BYTES = 100 * 1024;

    private final ZipFile zip;
    private boolean closed;

    GuardedZipEntries(File file) throws IOException {
        this.zip = ZipFile.builder().setFile(file).get();
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry != null) {
            return entry;
        }
        for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
            ZipArchiveEntry candidate = entries.nextElement();
            if (candidate.getName().equalsIgnoreCase(name.replace('\\', '/'))) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return new InflationGuard(zip.getInputStream(entry), entry.getCompressedSize());
    }

    @Override
    public void close() throws IOException {
        closed = true;
        zip.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private static final class InflationGuard extends CountedInputStream {

        private final long compressedBytes;

        InflationGuard(InputStream in, long compressedBytes) {
            super(in);
            this.compressedBytes = compressedBytes;
        }

        @Override
        void afterReading(long inflatedBytes) {
            if (inflatedBytes > MAX_ENTRY_BYTES
                    || inflatedBytes > GRACE_BYTES && (double) compressedBytes / inflatedBytes < MIN_INFLATE_RATIO) {
                throw TableRefusals.file("questionnaire.zipBomb");
            }
        }
    }
}
