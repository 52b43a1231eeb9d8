package org.thinktank.surveyflow.questionnaire;

/**
 * A summary the researchers chose for the study report: a captioned table and, for choices and scales, a native
 * chart.
 *
 * @param dataset the dataset's title, for the source line under the table
 * @param cross   the summary cross-tabulated by another question; null for a plain summary
 */
public record ReportTable(String title, String caption, String dataset, QuestionSummary summary, CrossTable cross,
                          boolean chart) {
}
