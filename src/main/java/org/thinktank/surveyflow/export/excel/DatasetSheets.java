package org.thinktank.surveyflow.export.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;
import org.thinktank.surveyflow.questionnaire.DatasetSheet;
import org.thinktank.surveyflow.questionnaire.NumberSpread;
import org.thinktank.surveyflow.questionnaire.OptionCount;
import org.thinktank.surveyflow.questionnaire.QuestionSummary;

/**
 * A sheet per questionnaire dataset with each question's summary as a table to filter and pivot: the options of a
 * choice or scale with their counts and shares (numbers shown as percentages), the spread of a number or scale.
 * Free-text answers are not listed: they may hold personal data, and the organizers' raw-data sheet has them. In the
 * organizers' own copy, where the dataset carries its raw rows, a raw-data sheet follows, streamed row by row; a copy
 * for handing out never has one, even if a dataset carries rows.
 */
final class DatasetSheets {

    static final String SUMMARY_NAME = "workbook.sheet.dataset";
    static final String RAW_NAME = "workbook.sheet.rawData";
    private static final int RAW_COLUMN_WIDTH = 16;
    // a plain decimal a spreadsheet keeps exactly: no leading zero to lose (codes, phone numbers), at most 15 digits
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,10})?");

    private DatasetSheets() {
    }

    static void write(Workbook workbook, CellWriter cells, MeetingWorkbook book) {
        for (DatasetSheet dataset : book.datasets()) {
            summary(workbook, cells, book, dataset);
            if (dataset.raw() != null && book.withConfidentialComments()) {
                raw(workbook, cells, book, dataset);
            }
        }
    }

    private static void summary(Workbook workbook, CellWriter cells, MeetingWorkbook book, DatasetSheet dataset) {
        WorkbookLanguage language = book.language();
        var sheet = workbook.createSheet(SheetNames.unique(workbook,
                book.text(SUMMARY_NAME, dataset.surveyKey(), dataset.title())));
        SheetTable table = new SheetTable(sheet, cells, List.of(Column.wrapping(language, "question", 28),
                Column.of(language, "questionKind", 10), Column.wrapping(language, "option", 20),
                Column.of(language, "count", 8), Column.of(language, "share", 8), Column.of(language, "answerMean", 8),
                Column.of(language, "median", 8), Column.of(language, "standardDeviation", 8),
                Column.of(language, "minimum", 8), Column.of(language, "maximum", 8),
                Column.of(language, "answers", 8)));
        for (QuestionSummary question : dataset.summary().questions()) {
            String kind = book.word("workbook.questionKind.", question.kind());
            for (OptionCount option : question.options()) {
                table.add(question.question(), kind, option.option(), option.count(), new Percent(option.share()),
                        null, null, null, null, null, question.answers());
            }
            NumberSpread spread = question.spread();
            if (spread != null) {
                table.add(question.question(), kind, null, null, null, spread.mean(), spread.median(),
                        spread.standardDeviation(), spread.minimum(), spread.maximum(), question.answers());
            } else if (question.options().isEmpty()) {
                table.add(question.question(), kind, null, null, null, null, null, null, null, null,
                        question.answers());
            }
        }
        table.finish();
    }

    private static void raw(Workbook workbook, CellWriter cells, MeetingWorkbook book, DatasetSheet dataset) {
        var sheet = workbook.createSheet(SheetNames.unique(workbook,
                book.text(RAW_NAME, dataset.surveyKey(), dataset.title())));
        List<String> header = dataset.raw().header();
        if (header.isEmpty()) {
            return;
        }
        SheetTable table = new SheetTable(sheet, cells, header.stream()
                .map(title -> new Column(title == null ? "" : title, RAW_COLUMN_WIDTH, false)).toList());
        for (List<String> row : dataset.raw().rows()) {
            table.add(values(row, header.size()));
        }
        table.finish();
    }

    /**
     * The row's cells, as many as the header has (the import refuses rows of another width), numbers as numbers and
     * everything else as text, which the cell writer keeps from being read as a formula.
     */
    private static Object[] values(List<String> row, int width) {
        List<Object> values = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            String text = i < row.size() ? row.get(i) : null;
            values.add(text == null || text.isEmpty() ? null : NUMBER.matcher(text).matches() ? new BigDecimal(text) : text);
        }
        return values.toArray();
    }
}
