package org.thinktank.surveyflow.questionnaire;

import java.util.List;

/**
 * A dataset for the meeting workbook: its summary, and its raw rows for the organizers' own copy only.
 *
 * @param raw null except in the organizers' copy
 */
public record DatasetSheet(String surveyKey, String title, DatasetSummary summary, RawData raw) {

    /** The uploaded rows as read, header first, every column kept; read once while the workbook streams. */
    public record RawData(List<String> header, Iterable<List<String>> rows) {
    }
}
