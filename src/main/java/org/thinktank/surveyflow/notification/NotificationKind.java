package org.thinktank.surveyflow.notification;

public enum NotificationKind {
    ASSIGNMENT, REMINDER, ESCALATION,
    /** An organizer nudged (催办) the holder of an overdue task. */
    NUDGE,
    /** Notices to an investigation's team about its report. */
    REPORT_APPROVED, REPORT_SENT_BACK, REPORT_PUBLISHED, SURVEY_CLOSED,
    /** Notices to an investigation's team about its place in the meeting's programme. */
    PRESENTATION_SCHEDULED, PRESENTATION_MOVED
}
