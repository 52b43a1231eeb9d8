package org.thinktank.surveyflow.questionnaire.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a questionnaire dataset as a table, streaming: an .xlsx (its first sheet) or a .csv in UTF-8 or GB18030, one
 * row per respondent under a header row of question names. Untrusted input: the format must be what the name says,
 * the file may not be larger than the caller allows (reading stops there), and every refusal is an
 * {@link org.thinktank.surveyflow.problem.InvalidRequestException} naming the row and column when there is one.
 */
public final class DatasetTable {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private DatasetTable() {
    }

    public static void read(String fileName, InputStream content, long maxBytes, DatasetRows target) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (!xlsx && !name.endsWith(".csv")) {
            throw TableRefusals.file("questionnaire.fileType", String.valueOf(fileName));
        }
        try (BufferedInputStream in = new BufferedInputStream(new LimitedInputStream(content, maxBytes),
                TextEncoding.SNIFF_BYTES + 1)) {
            in.mark(ZIP_MAGIC.length);
            byte[] start = in.readNBytes(ZIP_MAGIC.length);
            in.reset();
            if (start.length == 0) {
                throw TableRefusals.file("questionnaire.empty");
            }
            CheckedRows rows = new CheckedRows(target, !xlsx);
            if (xlsx) {
                if (!Arrays.equals(start, ZIP_MAGIC)) {
                    throw TableRefusals.file("questionnaire.notTable");
                }
                XlsxTable.read(in, rows);
            } else {
                CsvTable.read(in, rows);
            }
            rows.finish();
        } catch (IOException e) {
            throw TableRefusals.file("questionnaire.unreadable");
        }
    }
}
