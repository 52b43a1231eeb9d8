package org.thinktank.surveyflow.export.excel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.workflow.TimelineTask;

/**
 * Who did what, counted as the Findings and Timeline sheets stream: findings per method and per author, and per
 * assignee the tasks done and those done by their due date.
 */
final class WorkTally {

    private final Map<FieldMethod, Integer> findingsPerMethod = new EnumMap<>(FieldMethod.class);
    private final Map<String, Integer> findingsPerAuthor = new HashMap<>();
    private final Map<String, int[]> tasksPerAssignee = new HashMap<>();

    WorkTally() {
        for (FieldMethod method : FieldMethod.values()) {
            findingsPerMethod.put(method, 0);
        }
    }

    void add(Finding finding) {
        findingsPerMethod.merge(finding.method(), 1, Integer::sum);
        findingsPerAuthor.merge(finding.author(), 1, Integer::sum);
    }

    /** A finished task counts as done, and as on time when it had a due date and finished by it. */
    void add(TimelineTask task) {
        if (task.ended() == null || task.assignee() == null) {
            return;
        }
        int[] counts = tasksPerAssignee.computeIfAbsent(task.assignee(), assignee -> new int[2]);
        counts[0]++;
        if (task.due() == null || !task.ended().isAfter(task.due())) {
            counts[1]++;
        }
    }

    Map<FieldMethod, Integer> findingsPerMethod() {
        return findingsPerMethod;
    }

    int findingsBy(String author) {
        return findingsPerAuthor.getOrDefault(author, 0);
    }

    int tasksDoneBy(String assignee) {
        return tasksPerAssignee.getOrDefault(assignee, new int[2])[0];
    }

    int tasksOnTimeBy(String assignee) {
        return tasksPerAssignee.getOrDefault(assignee, new int[2])[1];
    }

    /** Everyone who authored a finding or finished a task. */
    Set<String> people() {
        Set<String> people = new HashSet<>(findingsPerAuthor.keySet());
        people.addAll(tasksPerAssignee.keySet());
        return people;
    }
}
