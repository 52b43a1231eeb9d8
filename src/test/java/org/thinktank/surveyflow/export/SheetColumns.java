package org.thinktank.surveyflow.export;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A workbook sheet's column read by its header, one value per row below it ("" for an empty cell). */
public final class SheetColumns {

    private SheetColumns() {
    }

    public static List<String> column(XSSFSheet sheet, String header) {
        int index = -1;
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                index = cell.getColumnIndex();
            }
        }
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                values.add(row.getCell(index) == null ? "" : row.getCell(index).toString());
            }
        }
        return values;
    }
}
