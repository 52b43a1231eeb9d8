package org.thinktank.surveyflow.audit;

/**
 * What changed. The page shows each kind in the reader's language ({@code audit.kind.*} in the messages); the API
 * and the workbook give the name.
 */
public enum AuditKind {
    SURVEY_LAUNCHED,
    SURVEYS_IMPORTED,
    STAGE_ENTERED,
    FINDING_ADDED,
    FINDING_UPDATED,
    FINDING_DELETED,
    ATTACHMENT_ADDED,
    FINDINGS_SUBMITTED,
    DRAFT_SAVED,
    REPORT_SUBMITTED,
    REPORT_RECALLED,
    REVIEW_SUBMITTED,
    REVIEWS_TALLIED,
    REVISION_PLANNED,
    DECISION_TAKEN,
    SURVEY_PUBLISHED,
    SURVEY_CLOSED,
    REMINDER_SENT,
    ESCALATED,
    REASSIGNED,
    CONFLICT_OVERRIDDEN,
    MEETING_CREATED,
    USER_CREATED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    EXPORT_REQUESTED,
    BRANDING_CHANGED,
    REPORT_TEMPLATE_UPLOADED,
    REPORT_TEMPLATE_CHOSEN,
    TASK_NUDGED
}
