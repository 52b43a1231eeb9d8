package org.thinktank.surveyflow.notification;

public enum NotificationKind {
    ASSIGNMENT, REMINDER, ESCALATION,
    /** An organizer nudged (催办) the holder of an overdue task. */
    NUDGE,
    /** Notices to an investigation's team about its report. */
    REPORT_APPROVED, REPORT_SENT_BACK, REPORT_PUBLISHED, SURVEY_CLOSED,
    /** The open deadlines of an investigation moved with the meeting. */
    DEADLINES_SHIFTED,
    /** Changes of team: organizers told of a declined review, people told they joined or left, a decision handed on. */
    REVIEW_DECLINED, TEAM_JOINED, TEAM_LEFT, DECISION_DELEGATED,
    /** Notices to an investigation's team about its place in the meeting's programme. */
    PRESENTATION_SCHEDULED, PRESENTATION_MOVED,
    /** The lead of an investigation gave no update of its adoption record by the due date of a follow-up. */
    ADOPTION_UPDATE_OVERDUE
}
