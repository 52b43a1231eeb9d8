package org.thinktank.surveyflow.export.excel;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the meeting workbook in its reader's language: Surveys, Findings, Figures, Reviews, Scores, Timeline,
 * People, Institutions, Programme, a summary sheet per questionnaire dataset (each followed by its raw data in the
 * organizers' own copy), Adoption and Adoption figures (when the meeting's recommendations are tracked), Audit (the
 * organizers' own copy only) and Summary. The big sheets stream through SXSSF,
 * which keeps only a window of rows in memory and spills the rest to a temporary file, so the heap stays bounded
 * however many findings a meeting has; Findings and Figures are written in the same pass, so the findings are read
 * once. What the analysis sheets need is tallied on the way. The Summary and its charts need the full XSSF model:
 * its sheet is created before the workbook switches to streaming and filled in last.
 */
@Component
public class MeetingWorkbookWriter {

    private static final int ROWS_IN_MEMORY = 100;

    public void write(MeetingWorkbook book, OutputStream out) throws IOException {
        XSSFWorkbook charted = new XSSFWorkbook();
        XSSFSheet summary = charted.createSheet(book.text(SummarySheet.NAME));
        CellWriter cells = new CellWriter(charted, book.language(), book.zone());
        SXSSFWorkbook workbook = new SXSSFWorkbook(charted, ROWS_IN_MEMORY);
        try {
            WorkTally work = new WorkTally();
            ScoreTally scores = new ScoreTally();
            SurveysSheet.write(sheet(workbook, book, SurveysSheet.NAME), cells, book);
            PlansSheet.write(sheet(workbook, book, PlansSheet.NAME), cells, book);
            findingsAndFigures(workbook, cells, book, work);
            ReviewsSheet.write(sheet(workbook, book, ReviewsSheet.NAME), cells, book, scores);
            ScoresSheet.write(sheet(workbook, book, ScoresSheet.NAME), cells, book, scores);
            TimelineSheet.write(sheet(workbook, book, TimelineSheet.NAME), cells, book, work);
            new ContributionSheets(book, work, scores).write(sheet(workbook, book, ContributionSheets.PEOPLE),
                    sheet(workbook, book, ContributionSheets.INSTITUTIONS), cells);
            ProgrammeSheet.write(sheet(workbook, book, ProgrammeSheet.NAME), cells, book);
            DatasetSheets.write(workbook, cells, book);
            if (book.adoption() != null) {
                AdoptionSheet.write(sheet(workbook, book, AdoptionSheet.NAME), cells, book);
                AdoptionFiguresSheet.write(sheet(workbook, book, AdoptionFiguresSheet.NAME), cells, book);
            }
            if (book.withConfidentialComments()) {
                AuditSheet.write(sheet(workbook, book, AuditSheet.NAME), cells, book);
            }
            SummarySheet.write(summary, cells, book, work, scores);
            workbook.setSheetOrder(summary.getSheetName(), workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void findingsAndFigures(SXSSFWorkbook workbook, CellWriter cells, MeetingWorkbook book,
                                           WorkTally work) {
        FindingsSheet findings = new FindingsSheet(sheet(workbook, book, FindingsSheet.NAME), cells, book);
        FiguresSheet figures = new FiguresSheet(sheet(workbook, book, FiguresSheet.NAME), cells, book);
        for (FindingRow row : book.findings()) {
            work.add(row.finding());
            findings.add(row);
            figures.add(row);
        }
        findings.finish();
        figures.finish();
    }

    private static Sheet sheet(SXSSFWorkbook workbook, MeetingWorkbook book, String nameKey) {
        return workbook.createSheet(book.text(nameKey));
    }
}
