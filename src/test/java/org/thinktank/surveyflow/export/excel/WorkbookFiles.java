package org.thinktank.surveyflow.export.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.thinktank.surveyflow.export.SampleExports;

/** Meeting workbooks written and read back with POI, for the writer's tests. */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    static XSSFWorkbook written(MeetingWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MeetingWorkbookWriter().write(book, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<FindingRow> findings(List<String> titles) {
        return IntStream.range(0, titles.size()).mapToObj(i -> new FindingRow("AM21-1", "哈尔滨",
                SampleExports.finding(i + 1, titles.get(i), "省统计局"))).toList();
    }

    static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    static Cell cell(XSSFSheet sheet, int row, String header) {
        int column = headers(sheet).indexOf(header);
        if (column < 0) {
            throw new AssertionError(sheet.getSheetName() + " has no column " + header + ": " + headers(sheet));
        }
        return sheet.getRow(row).getCell(column);
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }
}
