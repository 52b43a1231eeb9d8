package org.thinktank.surveyflow.export.excel;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;

/**
 * One row per figure of a finding: its value as a number and its unit, with the finding and the investigation it
 * belongs to, so that figures can be filtered, summed and pivoted.
 */
final class FiguresSheet {

    static final String NAME = "workbook.sheet.figures";

    private final SheetTable table;
    private final MeetingWorkbook book;
    private final Map<String, String> topics;

    FiguresSheet(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        WorkbookLanguage language = book.language();
        this.table = new SheetTable(sheet, cells, List.of(Column.of(language, "survey", 10),
                Column.wrapping(language, "topic", 20), Column.of(language, "region", 8),
                Column.of(language, "finding", 6), Column.wrapping(language, "findingTitle", 22),
                Column.wrapping(language, "method", 10), Column.wrapping(language, "figure", 18),
                Column.of(language, "value", 12), Column.of(language, "unit", 8)));
        this.book = book;
        this.topics = book.surveys().stream().collect(Collectors.toMap(SurveyRow::key, SurveyRow::topic, (a, b) -> a));
    }

    void add(FindingRow row) {
        Finding finding = row.finding();
        String method = book.word("method.", finding.method());
        for (Figure figure : finding.figures()) {
            table.add(row.surveyKey(), topics.get(row.surveyKey()), row.region(), finding.id(), finding.title(),
                    method, figure.name(), figure.value(), figure.unit());
        }
    }

    void finish() {
        table.finish();
    }
}
