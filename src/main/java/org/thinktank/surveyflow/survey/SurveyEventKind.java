package org.thinktank.surveyflow.survey;

public enum SurveyEventKind {
    LAUNCHED, STAGE_ENTERED, FINDINGS_SUBMITTED, VERSION_SUBMITTED, VERSION_RECALLED, REVIEW_SUBMITTED, REVIEWS_TALLIED,
    REVISION_PLANNED, REJECTION_DECIDED, APPROVAL_DECIDED, PUBLISHED, CLOSED, REMINDER_SENT, ESCALATED,
    /** An organizer assigned a reviewer despite a conflict of interest, with a reason. */
    CONFLICT_OVERRIDDEN,
    /** An organizer nudged (催办) the holder of an overdue task. */
    NUDGED,
    /** An organizer moved the open deadlines with the meeting. */
    DEADLINES_SHIFTED,
    /** A reviewer declined their assignment, with a reason; an organizer assigns another. */
    REVIEW_DECLINED,
    /** An organizer replaced or added a researcher or a reviewer on a running investigation. */
    TEAM_CHANGED,
    /** An organizer handed the awaited decision to another organizer. */
    DECISION_DELEGATED,
    /** The lead submitted a version of the survey plan. */
    PLAN_SUBMITTED,
    /** An organizer approved the survey plan or sent it back. */
    PLAN_DECIDED;

    /** Entries only organizers see, whoever else may see the investigation. */
    public boolean forOrganizersOnly() {
        return this == CONFLICT_OVERRIDDEN || this == REVIEW_DECLINED;
    }
}
