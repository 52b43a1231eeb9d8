package org.thinktank.surveyflow.export.word;

/** What a version of a study report is, as its cover says it: the truth at the time the file is made. */
public enum ReportStatus {
    /** submitted and not (yet) approved: the version reviewers review */
    DRAFT,
    APPROVED,
    /** approved, and the investigation published it */
    PUBLISHED,
    /** a later version was submitted */
    SUPERSEDED,
    /** the organizers rejected the report and closed the investigation */
    REJECTED,
    /** the investigation was closed without approving this version */
    CLOSED;

    /** Until a report is published it is an internal document and says so on its cover. */
    public boolean confidential() {
        return this != PUBLISHED;
    }
}
