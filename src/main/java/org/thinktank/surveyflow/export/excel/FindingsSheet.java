package org.thinktank.surveyflow.export.excel;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;

/** One row per submitted finding, with its figures counted and listed. */
final class FindingsSheet {

    static final String NAME = "Findings";
    private static final List<Column> COLUMNS = List.of(new Column("Survey", 12), new Column("Region", 16),
            new Column("Finding", 9), new Column("Title", 40), new Column("Author", 14), new Column("Method", 15),
            new Column("Place", 18), new Column("Observed on", 12), new Column("Evidence", 50),
            new Column("Recommendation", 40), new Column("Sources", 30), new Column("Figures", 9),
            new Column("Figure values", 40), new Column("Submitted", 17));

    private FindingsSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        SheetTable table = new SheetTable(sheet, cells, COLUMNS);
        for (FindingRow row : book.findings()) {
            Finding finding = row.finding();
            table.add(row.surveyKey(), row.region(), finding.id(), finding.title(), finding.author(), finding.method(),
                    finding.place(), finding.observedOn(), finding.evidence(), finding.recommendation(),
                    finding.sources(), finding.figures().size(), figureValues(finding.figures()), finding.submittedAt());
        }
        table.finish();
    }

    private static String figureValues(List<Figure> figures) {
        return figures.stream()
                .map(f -> f.name() + ": " + f.value().toPlainString() + (f.unit().isEmpty() ? "" : " " + f.unit()))
                .collect(Collectors.joining("; "));
    }
}
