package org.thinktank.surveyflow.export.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.adoption.AdoptionFigures;
import org.thinktank.surveyflow.adoption.AdoptionStatus;
import org.thinktank.surveyflow.adoption.TrackedRecommendation;

/**
 * The adoption figures, as the dashboard and the adoption report give them: the number of recommendations, the
 * adoption rate and the median days from the meeting to adoption, then small tables by status, by agency and by
 * investigation, with every status as a column so that the tables can be charted as they are.
 */
final class AdoptionFiguresSheet {

    static final String NAME = "workbook.sheet.adoptionFigures";
    private static final int LABEL_WIDTH = 24;
    private static final int NUMBER_WIDTH = 12;

    private final Sheet sheet;
    private final CellWriter cells;
    private final MeetingWorkbook book;
    private int nextRow;

    private AdoptionFiguresSheet(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        this.sheet = sheet;
        this.cells = cells;
        this.book = book;
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        new AdoptionFiguresSheet(sheet, cells, book).write(AdoptionFigures.of(book.adoption()));
    }

    private void write(AdoptionFigures figures) {
        line(book.text("workbook.summary.meeting"), book.meetingCode() + " " + book.meetingName());
        line(book.text("workbook.adoption.meetingDate"), book.adoption().meetingDate());
        line(book.text("workbook.adoption.total"), figures.total());
        line(book.text("workbook.adoption.rate"), new Percent(figures.adoptionRate()));
        line(book.text("workbook.adoption.medianDays"),
                figures.medianDaysToAdopt().isPresent() ? figures.medianDaysToAdopt().getAsDouble() : null);
        nextRow++;
        header(book.text("workbook.column.adoptionStatus"), List.of(book.text("workbook.adoption.total"),
                book.text("workbook.column.share")));
        figures.byStatus().forEach((status, count) -> line(book.word("adoptionExport.status.", status), count,
                new Percent(figures.total() == 0 ? 0 : count / (double) figures.total())));
        nextRow++;
        header(book.text("workbook.column.agency"), statusColumns());
        figures.byAgency().forEach((agency, counts) -> counted(List.of(agency), counts));
        nextRow++;
        List<String> surveyColumns = new ArrayList<>(List.of(book.text("workbook.column.topic")));
        surveyColumns.addAll(statusColumns());
        surveyColumns.add(book.text("workbook.adoption.rate"));
        header(book.text("workbook.column.survey"), surveyColumns);
        figures.bySurvey().forEach((survey, counts) -> {
            Row row = counted(List.of(survey, topic(survey)), counts);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            cells.write(row.createCell(row.getLastCellNum()),
                    new Percent(total == 0 ? 0 : counts.get(AdoptionStatus.ADOPTED) / (double) total));
        });
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, LABEL_WIDTH * 256);
        for (int column = 2; column <= AdoptionStatus.values().length + 3; column++) {
            sheet.setColumnWidth(column, NUMBER_WIDTH * 256);
        }
        PrintLayout.page(sheet, 2 * LABEL_WIDTH + (AdoptionStatus.values().length + 2) * NUMBER_WIDTH);
    }

    /** Every status by its word, then the total. */
    private List<String> statusColumns() {
        List<String> columns = new ArrayList<>();
        for (AdoptionStatus status : AdoptionStatus.values()) {
            columns.add(book.word("adoptionExport.status.", status));
        }
        columns.add(book.text("workbook.adoption.total"));
        return columns;
    }

    private Row counted(List<String> labels, Map<AdoptionStatus, Integer> counts) {
        Row row = sheet.createRow(nextRow++);
        int column = 0;
        for (String label : labels) {
            cells.write(row.createCell(column++), label);
        }
        for (AdoptionStatus status : AdoptionStatus.values()) {
            cells.write(row.createCell(column++), counts.getOrDefault(status, 0));
        }
        cells.write(row.createCell(column), counts.values().stream().mapToInt(Integer::intValue).sum());
        return row;
    }

    private String topic(String surveyKey) {
        return book.adoption().recommendations().stream().filter(r -> r.surveyKey().equals(surveyKey))
                .map(TrackedRecommendation::topic).findFirst().orElse("");
    }

    private void header(String first, List<String> others) {
        Row row = sheet.createRow(nextRow++);
        cells.write(row.createCell(0), first);
        row.getCell(0).setCellStyle(cells.headerStyle());
        for (int i = 0; i < others.size(); i++) {
            cells.write(row.createCell(1 + i), others.get(i));
            row.getCell(1 + i).setCellStyle(cells.headerStyle());
        }
    }

    private void line(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            cells.write(row.createCell(i), values[i]);
        }
    }
}
