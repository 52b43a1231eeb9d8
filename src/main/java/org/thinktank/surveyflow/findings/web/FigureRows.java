package org.thinktank.surveyflow.findings.web;

import java.util.ArrayList;
import java.util.List;

import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.FindingForm;

/**
 * The figure rows of the findings form: a few empty rows to fill in, and the rows left empty dropped before the
 * finding is checked and saved.
 */
final class FigureRows {

    static final int ROWS = 3;

    private FigureRows() {
    }

    /** The figures entered so far, padded with empty rows. */
    static List<Figure> of(FindingForm form) {
        List<Figure> rows = new ArrayList<>(form.figures());
        while (rows.size() < ROWS) {
            rows.add(new Figure("", null, ""));
        }
        return rows;
    }

    static FindingForm withoutBlankRows(FindingForm form) {
        List<Figure> filled = form.figures().stream().filter(figure -> figure != null && !isBlank(figure)).toList();
        return form.withFigures(filled);
    }

    private static boolean isBlank(Figure figure) {
        return (figure.name() == null || figure.name().isBlank()) && figure.value() == null
                && (figure.unit() == null || figure.unit().isBlank());
    }
}
