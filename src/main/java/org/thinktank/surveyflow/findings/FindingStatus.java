package org.thinktank.surveyflow.findings;

/** A finding is a draft its author may edit until they submit their findings; then it is frozen. */
public enum FindingStatus { DRAFT, SUBMITTED }
