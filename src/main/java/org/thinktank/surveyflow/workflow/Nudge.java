package org.thinktank.surveyflow.workflow;

import java.time.Instant;

/** An organizer's nudge (催办) of the holder of an overdue task. */
public record Nudge(long surveyId, String taskId, String taskKey, String holder, String organizer, Instant nudgedAt) {
}
