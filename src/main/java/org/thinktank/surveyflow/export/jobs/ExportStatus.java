package org.thinktank.surveyflow.export.jobs;

public enum ExportStatus { QUEUED, RUNNING, DONE, FAILED }
