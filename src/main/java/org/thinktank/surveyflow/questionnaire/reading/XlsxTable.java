package org.thinktank.surveyflow.questionnaire.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an .xlsx as SAX events ({@link SheetCells}), the package opened by POI's
 * {@code XSSFReader}, never building the workbook in memory. The upload is copied to a temporary file first so that
 * the zip is read by random access rather than buffered whole. POI's XML reader refuses DOCTYPE declarations, so no
 * external entity is ever resolved. A formula cell is refused: the kept file would run it in an organizer's Excel.
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
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw TableRefusals.file("questionnaire.notTable");
                }
                List<String> sharedStrings;
                try (InputStream strings = reader.getSharedStringsData()) { // null when all strings are inline
                    sharedStrings = SharedStrings.read(strings);
                }
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetCells(rows, sharedStrings, reader.getStylesTable()));
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
}
