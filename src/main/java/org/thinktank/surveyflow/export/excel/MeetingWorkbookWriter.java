package org.thinktank.surveyflow.export.excel;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the meeting workbook: Surveys, Findings, Reviews, Timeline, Audit (the organizers' own copy only) and
 * Summary. The Summary and its chart need
 * the full XSSF model and are written first; the workbook then switches to SXSSF for the big sheets, which keeps
 * only a window of rows in memory and spills the rest to a temporary file, so the heap stays bounded however many
 * findings a meeting has.
 */
@Component
public class MeetingWorkbookWriter {

    private static final int ROWS_IN_MEMORY = 100;

    public void write(MeetingWorkbook book, OutputStream out) throws IOException {
        XSSFWorkbook charted = new XSSFWorkbook();
        CellWriter cells = new CellWriter(charted, book.zone());
        SummarySheet.write(charted.createSheet(SummarySheet.NAME), cells, book);
        SXSSFWorkbook workbook = new SXSSFWorkbook(charted, ROWS_IN_MEMORY);
        try {
            SurveysSheet.write(workbook.createSheet(SurveysSheet.NAME), cells, book);
            FindingsSheet.write(workbook.createSheet(FindingsSheet.NAME), cells, book);
            ReviewsSheet.write(workbook.createSheet(ReviewsSheet.NAME), cells, book);
            TimelineSheet.write(workbook.createSheet(TimelineSheet.NAME), cells, book);
            if (book.withConfidentialComments()) {
                AuditSheet.write(workbook.createSheet(AuditSheet.NAME), cells, book);
            }
            workbook.setSheetOrder(SummarySheet.NAME, workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
