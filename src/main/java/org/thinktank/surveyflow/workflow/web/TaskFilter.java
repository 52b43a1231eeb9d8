package org.thinktank.surveyflow.workflow.web;

import java.util.List;
import java.util.Locale;

import org.thinktank.surveyflow.workflow.TaskSummary;

/** The filters of the task list: free text over the investigation and task, and overdue only. */
record TaskFilter(String text, boolean overdueOnly) {

    List<TaskSummary> apply(List<TaskSummary> tasks) {
        return tasks.stream()
                .filter(task -> !overdueOnly || task.overdue())
                .filter(task -> matches(task.businessKey(), task.topic(), task.name()))
                .toList();
    }

    boolean matches(String... fields) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        for (String field : fields) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
