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
        this.table = new SheetTable(sheet, cells, List.of(Column.of(language, "survey", 12),
                Column.of(language, "region", 12), Column.of(language, "finding", 9),
                Column.wrapping(language, "title", 30), Column.wrapping(language, "author", 20),
                Column.of(language, "method", 12), Column.wrapping(language, "place", 16),
                Column.of(language, "observedOn", 14), Column.wrapping(language, "evidence", 45),
                Column.wrapping(language, "proposal", 35), Column.wrapping(language, "sources", 25),
                Column.of(language, "figureCount", 9), Column.of(language, "submitted", 18)));
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
