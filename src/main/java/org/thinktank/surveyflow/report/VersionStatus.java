package org.thinktank.surveyflow.report;

/** A draft is still being written; a submitted version is frozen and is what reviewers review. */
public enum VersionStatus { DRAFT, SUBMITTED }
