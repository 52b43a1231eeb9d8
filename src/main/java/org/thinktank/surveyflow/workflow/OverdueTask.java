package org.thinktank.surveyflow.workflow;

import java.time.Instant;

/** An open task past its due date and the one person holding it: what an organizer may nudge (催办). */
public record OverdueTask(String businessKey, String taskId, String taskKey, String holder, Instant due) {
}
