package org.thinktank.surveyflow.export.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints on A4: as wide as the page and as many pages tall as it needs (never squeezed onto one page),
 * landscape when its columns would not fit upright at a readable size, the header row on every page, gridlines so
 * that a printed row can be followed across, and the sheet name and page number in the margins.
 */
final class PrintLayout {

    /** About the characters of 10-point text across an upright A4 page at 80%, the smallest size still easy to read. */
    private static final int PORTRAIT_CHARACTERS = 110;

    private PrintLayout() {
    }

    static void table(Sheet sheet, int widthInCharacters) {
        page(sheet, widthInCharacters);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setPrintGridlines(true);
    }

    static void page(Sheet sheet, int widthInCharacters) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(widthInCharacters > PORTRAIT_CHARACTERS);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(false);
        sheet.getHeader().setCenter("&A");
        sheet.getFooter().setCenter("&P / &N");
    }
}
