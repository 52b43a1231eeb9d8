package org.thinktank.surveyflow.audit;

/**
 * One change to record. {@code before} and {@code after} are any values Jackson writes (records, maps, strings);
 * they are stored as JSON. Built as {@code AuditEntry.of(kind, actor, subject).survey(id).change(before, after)}.
 *
 * @param actor     the username of whoever made the change; null for what the process does on its own, which is
 *                  recorded as {@value AuditTrail#SYSTEM}
 * @param surveyId  the investigation the change concerns, if one
 * @param meetingId the meeting the change concerns as a whole (not through one investigation), if one
 * @param subject   what changed, in a few words ("finding 12: title", "version 2")
 */
public record AuditEntry(AuditKind kind, String actor, Long surveyId, Long meetingId, String subject, Object before,
                         Object after) {

    public static AuditEntry of(AuditKind kind, String actor, String subject) {
        return new AuditEntry(kind, actor, null, null, subject, null, null);
    }

    public AuditEntry survey(long id) {
        return new AuditEntry(kind, actor, id, meetingId, subject, before, after);
    }

    public AuditEntry meeting(long id) {
        return new AuditEntry(kind, actor, surveyId, id, subject, before, after);
    }

    public AuditEntry change(Object valueBefore, Object valueAfter) {
        return new AuditEntry(kind, actor, surveyId, meetingId, subject, valueBefore, valueAfter);
    }

    public AuditEntry after(Object value) {
        return change(before, value);
    }
}
