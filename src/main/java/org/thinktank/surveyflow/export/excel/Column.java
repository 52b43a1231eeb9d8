package org.thinktank.surveyflow.export.excel;

/** A sheet column: its header and its width in characters. */
record Column(String title, int width) {
}
