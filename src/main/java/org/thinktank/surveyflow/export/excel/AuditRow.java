package org.thinktank.surveyflow.export.excel;

import org.thinktank.surveyflow.audit.AuditEvent;

/** An audit event with the business key of its investigation (null for events about the meeting as a whole). */
public record AuditRow(String surveyKey, AuditEvent event) {
}
