package org.thinktank.surveyflow.export.excel;

/**
 * A sheet column: its header, already in the reader's language, its width in characters, and whether its text wraps
 * (long texts, so that a printed page stays readable instead of shrinking to fit a very wide row).
 */
record Column(String title, int width, boolean wraps) {

    /** A column headed by the words of {@code workbook.column.<name>}. */
    static Column of(WorkbookLanguage language, String name, int width) {
        return new Column(language.text("workbook.column." + name), width, false);
    }

    /** A column of long text that wraps within its width. */
    static Column wrapping(WorkbookLanguage language, String name, int width) {
        return new Column(language.text("workbook.column." + name), width, true);
    }
}
