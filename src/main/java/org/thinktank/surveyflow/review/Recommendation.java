package org.thinktank.surveyflow.review;

/** A reviewer's recommendation on one version of a study report. */
public enum Recommendation {
    ACCEPT, MINOR_REVISION, MAJOR_REVISION, REJECT
}
