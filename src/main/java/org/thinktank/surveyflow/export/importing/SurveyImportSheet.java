package org.thinktank.surveyflow.export.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.survey.ConflictOverride;
import org.thinktank.surveyflow.survey.LaunchRequest;

/**
 * Reads the first sheet of an uploaded .xlsx into launch requests, one per row under a header row that names the
 * columns (in any order). Every cell that cannot be read is reported, with its row and column, before anything
 * is launched. Uploads are untrusted: the file must really be an .xlsx, may not expand like a zip bomb, and may
 * list at most {@value #MAX_ROWS} investigations.
 */
final class SurveyImportSheet {

    static final int MAX_ROWS = 1_000;
    // far above what 1,000 rows of text need, far below what would strain the heap
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    static {
        // POI's limits are JVM-wide; these only tighten its defaults (no entry above 4 GB, ratio 0.01)
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<InputProblem> errors = new ArrayList<>();

    private SurveyImportSheet() {
    }

    static List<ImportRow> read(String fileName, byte[] content) {
        return new SurveyImportSheet().rows(fileName, content);
    }

    private List<ImportRow> rows(String fileName, byte[] content) {
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") || !startsWithZipMagic(content)) {
            throw InvalidRequestException.of(InputProblem.of("file", "import.notWorkbook", String.valueOf(fileName)));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            List<ImportRow> rows = rows(workbook.getSheetAt(0));
            if (!errors.isEmpty()) {
                throw InvalidRequestException.of(errors);
            }
            return rows;
        } catch (InvalidRequestException invalid) {
            throw invalid;
        } catch (IOException | RuntimeException e) {
            throw InvalidRequestException.of(InputProblem.of("file", unreadable(e)));
        }
    }

    private static boolean startsWithZipMagic(byte[] content) {
        return content.length >= ZIP_MAGIC.length && Arrays.equals(Arrays.copyOf(content, ZIP_MAGIC.length), ZIP_MAGIC);
    }

    private static String unreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return "import.zipBomb";
            }
        }
        return "import.unreadable";
    }

    private List<ImportRow> rows(XSSFSheet sheet) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (sheet.getPhysicalNumberOfRows() == 0 || header == null) {
            throw InvalidRequestException.of(ImportRow.row(1, Reason.of("import.emptySheet",
                    String.join(", ", Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList()))));
        }
        if (sheet.getLastRowNum() - header.getRowNum() > MAX_ROWS) {
            throw InvalidRequestException.of(ImportRow.row(header.getRowNum() + MAX_ROWS + 2,
                    Reason.of("import.tooManyRows", String.valueOf(MAX_ROWS))));
        }
        Map<ImportColumn, Integer> columns = columns(header);
        Map<ImportColumn, String> letters = new EnumMap<>(ImportColumn.class);
        columns.forEach((column, index) -> letters.put(column, CellReference.convertNumToColString(index)));
        List<ImportRow> rows = new ArrayList<>();
        for (int index = header.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row != null && !isBlank(row)) {
                rows.add(new ImportRow(index + 1, request(row, columns, letters), letters));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(ImportRow.row(header.getRowNum() + 2, Reason.of("import.noRows")));
        }
        return rows;
    }

    private Map<ImportColumn, Integer> columns(Row header) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (Cell cell : header) {
            String name = formatter.formatCellValue(cell).strip();
            Arrays.stream(ImportColumn.values()).filter(column -> column.header().equalsIgnoreCase(name))
                    .findFirst().ifPresent(column -> columns.putIfAbsent(column, cell.getColumnIndex()));
        }
        List<String> missing = Arrays.stream(ImportColumn.values())
                .filter(column -> column.required() && !columns.containsKey(column))
                .map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            throw InvalidRequestException.of(ImportRow.row(header.getRowNum() + 1,
                    Reason.of("import.missingColumns", String.join(", ", missing))));
        }
        return columns;
    }

    private LaunchRequest request(Row row, Map<ImportColumn, Integer> columns, Map<ImportColumn, String> letters) {
        CellReader cells = new CellReader(row, columns, letters);
        LocalDate findingsDue = cells.date(ImportColumn.FINDINGS_DUE);
        return new LaunchRequest(cells.text(ImportColumn.MEETING_CODE), cells.text(ImportColumn.TOPIC),
                cells.optionalText(ImportColumn.TOPIC_EN), cells.text(ImportColumn.REGION),
                cells.text(ImportColumn.LEAD), cells.list(ImportColumn.TEAM), cells.list(ImportColumn.REVIEWERS),
                cells.optionalDate(ImportColumn.PLAN_DUE, findingsDue), findingsDue, cells.date(ImportColumn.DRAFT_DUE),
                cells.date(ImportColumn.REVIEW_DUE), cells.date(ImportColumn.APPROVAL_DUE), null, null,
                cells.conflictOverride());
    }

    private boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Reads the cells of one row, noting each one it cannot read. */
    private final class CellReader {

        private final Row row;
        private final Map<ImportColumn, Integer> columns;
        private final Map<ImportColumn, String> letters;

        CellReader(Row row, Map<ImportColumn, Integer> columns, Map<ImportColumn, String> letters) {
            this.row = row;
            this.columns = columns;
            this.letters = letters;
        }

        String text(ImportColumn column) {
            Cell cell = row.getCell(columns.get(column));
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                error(column, Reason.of("import.formula"));
                return "";
            }
            return formatter.formatCellValue(cell).strip();
        }

        /** The text of an optional column: null when the sheet has no such column or the cell is empty. */
        String optionalText(ImportColumn column) {
            if (!columns.containsKey(column)) {
                return null;
            }
            String text = text(column);
            return text.isEmpty() ? null : text;
        }

        /** The organizer's reason to override a conflict of interest, when the sheet has the column and it is filled. */
        ConflictOverride conflictOverride() {
            String reason = optionalText(ImportColumn.CONFLICT_OVERRIDE);
            return reason == null ? null : new ConflictOverride(reason);
        }

        List<String> list(ImportColumn column) {
            return Arrays.stream(text(column).split("[,，;；]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        }

        /** The date of an optional column, or {@code otherwise} when the sheet has no such column or leaves it empty. */
        LocalDate optionalDate(ImportColumn column, LocalDate otherwise) {
            return !columns.containsKey(column) || isEmpty(column) ? otherwise : date(column);
        }

        private boolean isEmpty(ImportColumn column) {
            Cell cell = row.getCell(columns.get(column));
            return cell == null || cell.getCellType() == CellType.BLANK
                    || cell.getCellType() == CellType.STRING && text(column).isEmpty();
        }

        LocalDate date(ImportColumn column) {
            Cell cell = row.getCell(columns.get(column));
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String text = text(column);
            if (text.isEmpty()) {
                error(column, Reason.of("import.dateRequired"));
                return null;
            }
            try {
                return InputText.isoDate(text);
            } catch (DateTimeParseException e) {
                error(column, Reason.of("import.notADate", text));
                return null;
            }
        }

        private void error(ImportColumn column, Reason why) {
            errors.add(ImportRow.cell(row.getRowNum() + 1, letters.get(column), column, why));
        }
    }
}
