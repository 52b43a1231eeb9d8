package org.thinktank.surveyflow.workflow;

import java.time.Instant;

/** A task in someone's list: what it is, for which investigation, and when it is due. */
public record TaskSummary(String id, String key, String name, long surveyId, String businessKey, String topic,
                          String assignee, Instant created, Instant due, boolean overdue, Instant completed) {
}
