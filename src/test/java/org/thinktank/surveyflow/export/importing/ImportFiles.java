package org.thinktank.surveyflow.export.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.thinktank.surveyflow.support.Surveys;

/** Investigation sheets for the import tests, good and bad. */
final class ImportFiles {

    static final List<String> HEADER = List.of("meetingCode", "topic", "region", "lead", "team", "reviewers",
            "findingsDue", "draftDue", "reviewDue", "approvalDue");

    private ImportFiles() {
    }

    static List<Object> row(String topic, String lead, String team, String reviewers, LocalDate today) {
        return List.of(Surveys.MEETING, topic, "哈尔滨", lead, team, reviewers, today.plusDays(10), today.plusDays(20),
                today.plusDays(30), today.plusDays(35));
    }

    /** A workbook whose first sheet has the given rows; LocalDate values become real date cells. */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Investigations");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid workbook whose sheet XML is padded with whitespace until it inflates a thousandfold. */
    static byte[] zipBomb(byte[] xlsx, int paddingBytes) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < paddingBytes; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
