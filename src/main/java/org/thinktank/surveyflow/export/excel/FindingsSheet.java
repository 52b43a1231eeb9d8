package org.thinktank.surveyflow.export.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.findings.Finding;

/** One row per submitted finding, with how many figures it has; the figures themselves are on the Figures sheet. */
final class FindingsSheet {

    static final String NAME = "workbook.sheet.findings";

    private final SheetTable table;
    private final MeetingWorkbook book;

    FindingsSheet(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        WorkbookLanguage language = book.language();
        this.table = new SheetTable(sheet, cells, List.of(Column.of(language, "survey", 10),
                Column.of(language, "region", 8), Column.of(language, "finding", 6),
                Column.wrapping(language, "title", 20), Column.wrapping(language, "author", 16),
                Column.wrapping(language, "method", 10), Column.wrapping(language, "place", 12),
                Column.of(language, "observedOn", 14), Column.wrapping(language, "evidence", 34),
                Column.wrapping(language, "proposal", 26), Column.wrapping(language, "sources", 16),
                Column.of(language, "figureCount", 6), Column.of(language, "submitted", 19)));
        this.book = book;
    }

    void add(FindingRow row) {
        Finding finding = row.finding();
        table.add(row.surveyKey(), row.region(), finding.id(), finding.title(), book.people().name(finding.author()),
                book.word("method.", finding.method()), finding.place(), finding.observedOn(), finding.evidence(),
                finding.recommendation(), finding.sources(), finding.figures().size(), finding.submittedAt());
    }

    void finish() {
        table.finish();
    }
}
