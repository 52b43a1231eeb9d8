package org.thinktank.surveyflow.questionnaire.reading;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thinktank.surveyflow.problem.Reason;

/** Streams a .csv record by record; the delimiter (comma, semicolon or tab) is the one the header line uses most. */
final class CsvTable {

    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    private CsvTable() {
    }

    static void read(BufferedInputStream in, CheckedRows rows) throws IOException {
        BufferedReader text = new BufferedReader(TextEncoding.reader(in));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
            long rowNumber = 0;
            try {
                for (CSVRecord record : parser) {
                    rowNumber = record.getRecordNumber();
                    rows.accept(rowNumber, record.toList());
                }
            } catch (UncheckedIOException e) {
                throw unreadable(rowNumber + 1, e.getCause());
            }
        } catch (CharacterCodingException e) {
            throw TableRefusals.file("questionnaire.encoding");
        }
    }

    private static RuntimeException unreadable(long rowNumber, IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return TableRefusals.row(rowNumber, Reason.of("questionnaire.encoding"));
        }
        return TableRefusals.row(rowNumber, Reason.of("questionnaire.csvUnreadable"));
    }

    private static char delimiter(BufferedReader text) throws IOException {
        text.mark(HEADER_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        int c = text.read();
        for (int i = 0; i < HEADER_LOOKAHEAD && c >= 0 && c != '\n' && c != '\r'; i++, c = text.read()) {
            switch (c) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> { }
            }
        }
        text.reset();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

}
