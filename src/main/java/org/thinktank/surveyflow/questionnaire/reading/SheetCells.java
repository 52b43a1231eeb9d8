package org.thinktank.surveyflow.questionnaire.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.thinktank.surveyflow.problem.Reason;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML as SAX events into rows of cell texts, as Excel would show them: shared and inline strings,
 * numbers (formatted by their style when it is not General), booleans. Written for the dataset reader instead of
 * POI's XSSFSheetXMLHandler, which builds an XMLBeans object per string cell and costs several times as much on a
 * 50,000-row sheet. A formula ({@code <f>}) is refused at its cell.
 */
final class SheetCells extends DefaultHandler {

    private final CheckedRows rows;
    private final List<String> sharedStrings;
    private final StylesTable styles;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private long rowNumber;
    private int column;
    private String type;
    private String style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;

    SheetCells(CheckedRows rows, List<String> sharedStrings, StylesTable styles) {
        this.rows = rows;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                cells.clear();
            }
            case "c" -> {
                String reference = attributes.getValue("r");
                column = reference == null ? cells.size() : column(reference);
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                text.setLength(0);
            }
            case "f" -> throw TableRefusals.cell(rowNumber, column, rows.headerAt(column), Reason.of("questionnaire.formula"));
            case "v" -> inValue = true;
            case "t" -> inInlineText = true;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void characters(char[] characters, int start, int length) {
        if (inValue || inInlineText && !inPhonetic) {
            text.append(characters, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value(text.toString()));
            }
            case "row" -> rows.accept(rowNumber, cells);
            default -> { }
        }
    }

    private String value(String raw) {
        if (type == null || "n".equals(type)) {
            return raw.isEmpty() ? "" : number(Double.parseDouble(raw));
        }
        return switch (type) {
            case "s" -> sharedStrings.get(Integer.parseInt(raw.strip()));
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            default -> raw;
        };
    }

    private String number(double value) {
        if (style == null || styles == null) {
            return NumberToTextConverter.toText(value);
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
        int format = cellStyle == null ? 0 : cellStyle.getDataFormat();
        String pattern = cellStyle == null ? null : cellStyle.getDataFormatString();
        if (format == 0 || pattern == null || BuiltinFormats.getBuiltinFormat(0).equalsIgnoreCase(pattern)) {
            return NumberToTextConverter.toText(value);
        }
        return formatter.formatRawCellContents(value, format, pattern);
    }

    /** The column of a cell reference such as "AB12", counting from 0. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }
}
