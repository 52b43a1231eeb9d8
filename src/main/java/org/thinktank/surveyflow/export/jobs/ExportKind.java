package org.thinktank.surveyflow.export.jobs;

/** What a background export writes: the meeting workbook or the whole meeting package. */
public enum ExportKind { WORKBOOK, PACKAGE }
