package org.thinktank.surveyflow.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.workflow.TaskSummary;

class TaskFilterTests {

    private static TaskSummary task(String businessKey, String topic, boolean overdue) {
        return new TaskSummary("t-" + businessKey, "submitFindings", "Submit findings", 1, businessKey, topic,
                "wang.fang", Instant.EPOCH, Instant.EPOCH, overdue, null);
    }

    private final List<TaskSummary> tasks = List.of(task("AM21-1", "数字经济 Digital economy", false),
            task("AM21-2", "黑土地保护 Black soil", true));

    @Test
    void noFilterKeepsEverything() {
        assertThat(new TaskFilter("", false).apply(tasks)).hasSize(2);
    }

    @Test
    void textMatchesTheInvestigationCaseInsensitively() {
        assertThat(new TaskFilter("black SOIL", false).apply(tasks)).extracting(TaskSummary::businessKey)
                .containsExactly("AM21-2");
        assertThat(new TaskFilter("数字", false).apply(tasks)).extracting(TaskSummary::businessKey)
                .containsExactly("AM21-1");
    }

    @Test
    void overdueOnlyKeepsOverdueTasks() {
        assertThat(new TaskFilter(null, true).apply(tasks)).extracting(TaskSummary::businessKey)
                .containsExactly("AM21-2");
    }
}
