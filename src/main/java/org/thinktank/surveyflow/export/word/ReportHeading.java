package org.thinktank.surveyflow.export.word;

/** A numbered heading of a report (level 1 or 2), with the bookmark its table of contents line links to. */
public record ReportHeading(int level, String text, String bookmark) {
}
