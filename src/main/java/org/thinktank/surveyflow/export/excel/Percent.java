package org.thinktank.surveyflow.export.excel;

/** A share between 0 and 1, written as a number shown as a percentage. */
record Percent(double share) {
}
