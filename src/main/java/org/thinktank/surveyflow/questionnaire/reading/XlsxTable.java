package org.thinktank.surveyflow.questionnaire.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Streams the first sheet of an .xlsx through POI's SAX event API, never building the workbook in memory. The upload
 * is copied to a temporary file first so that the zip is read by random access rather than buffered whole. POI's XML
 * reader refuses DOCTYPE declarations, so no external entity is ever resolved. A formula cell is refused: the kept
 * file would run it in an organizer's Excel.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static void read(InputStream in, CheckedRows rows) throws IOException {
        Path copy = Files.createTempFile("questionnaire-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            read(copy, rows);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void read(Path file, CheckedRows rows) throws IOException {
        try (GuardedZipEntries entries = new GuardedZipEntries(file.toFile())) {
            OPCPackage workbook = OPCPackage.open(entries);
            try {
                XSSFReader reader = new XSSFReader(workbook);
                reader.setUseReadOnlySharedStringsTable(true);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw TableRefusals.file("questionnaire.notTable");
                }
                SheetRows sheetRows = new SheetRows(rows);
                XMLReader xml = XMLHelper.newXMLReader();
                XMLFilterImpl formulas = new FormulaRefusal(rows);
                formulas.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        reader.getSharedStringsTable(), sheetRows, new DataFormatter(Locale.ROOT), false));
                xml.setContentHandler(formulas);
                try (InputStream sheet = sheets.next()) {
                    xml.parse(new InputSource(sheet));
                }
            } finally {
                workbook.revert();
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw refusalWithin(e);
        }
    }

    /** The refusal a guard threw deep inside POI or the XML parser, however they wrapped it; else "not a table". */
    private static InvalidRequestException refusalWithin(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRequestException refusal) {
                return refusal;
            }
        }
        return TableRefusals.file("questionnaire.notTable");
    }

    /** Hands each row on with its cells at their columns, a missing cell being blank. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final CheckedRows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(CheckedRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.accept(rowNum + 1L, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : column(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
        }
    }

    /** The column of a cell reference such as "AB12", counting from 0; cheaper than a CellReference per cell. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** Refuses the sheet at its first formula ({@code <f>} inside a cell), naming the cell. */
    private static final class FormulaRefusal extends XMLFilterImpl {

        private final CheckedRows rows;
        private String cell;

        FormulaRefusal(CheckedRows rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("c".equals(localName)) {
                cell = attributes.getValue("r");
            } else if ("f".equals(localName) && cell != null) {
                CellReference reference = new CellReference(cell);
                throw TableRefusals.cell(reference.getRow() + 1L, reference.getCol(), rows.headerAt(reference.getCol()),
                        Reason.of("questionnaire.formula"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }
}
