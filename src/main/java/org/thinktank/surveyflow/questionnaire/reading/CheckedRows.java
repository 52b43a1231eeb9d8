package org.thinktank.surveyflow.questionnaire.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.thinktank.surveyflow.problem.Reason;

/**
 * Turns the rows of a table, as a format reads them, into a header and respondents' rows, refusing what would make
 * the dataset wrong or dangerous: blank or repeated question names, a row wider or narrower than the header, a cell
 * Excel would run as a formula, a table without a header or without respondents. Blank rows are skipped.
 */
final class CheckedRows {

    private final DatasetRows target;
    private final boolean exactWidth;
    private List<String> header;
    private long respondents;

    /** @param exactWidth whether every row must have exactly as many cells as the header (CSV) or may stop early (.xlsx) */
    CheckedRows(DatasetRows target, boolean exactWidth) {
        this.target = target;
        this.exactWidth = exactWidth;
    }

    void accept(long rowNumber, List<String> rawCells) {
        List<String> cells = rawCells.stream().map(cell -> cell == null ? "" : cell.strip()).toList();
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (header == null) {
            header = header(rowNumber, cells);
            target.header(header);
            return;
        }
        target.row(rowNumber, respondentRow(rowNumber, cells));
        respondents++;
    }

    /** The question name of a column, counting from 0, for messages; empty before the header is read. */
    String headerAt(int column) {
        return header != null && column < header.size() ? header.get(column) : "";
    }

    void finish() {
        if (header == null) {
            throw TableRefusals.file("questionnaire.empty");
        }
        if (respondents == 0) {
            throw TableRefusals.file("questionnaire.noRespondents");
        }
    }

    private List<String> header(long rowNumber, List<String> cells) {
        List<String> names = new ArrayList<>(cells);
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty() && !exactWidth) {
            names.remove(names.size() - 1);
        }
        Set<String> seen = new HashSet<>();
        for (int column = 0; column < names.size(); column++) {
            String name = names.get(column);
            if (name.isEmpty()) {
                throw TableRefusals.cell(rowNumber, column, "", Reason.of("questionnaire.blankQuestion"));
            }
            CellGuard.check(rowNumber, column, name, name);
            if (!seen.add(name)) {
                throw TableRefusals.cell(rowNumber, column, name, Reason.of("questionnaire.repeatedQuestion"));
            }
        }
        return Collections.unmodifiableList(names);
    }

    private List<String> respondentRow(long rowNumber, List<String> cells) {
        if (exactWidth && cells.size() != header.size()
                || cells.size() > header.size() && !cells.subList(header.size(), cells.size()).stream().allMatch(String::isEmpty)) {
            throw TableRefusals.row(rowNumber, Reason.of("questionnaire.columnCount", cells.size(), header.size()));
        }
        List<String> row = new ArrayList<>(header.size());
        for (int column = 0; column < header.size(); column++) {
            String value = column < cells.size() ? cells.get(column) : "";
            CellGuard.check(rowNumber, column, header.get(column), value);
            row.add(value);
        }
        return row;
    }
}
