package org.thinktank.surveyflow.questionnaire;

/**
 * A summary the lead chose for the study report.
 *
 * @param byQuestion the question it is cross-tabulated by; null for a plain summary
 */
public record ChosenTable(long id, long datasetId, String question, String byQuestion, String title, String caption,
                          boolean chart, int position) {
}
