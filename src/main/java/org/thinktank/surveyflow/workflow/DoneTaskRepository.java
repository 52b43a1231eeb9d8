package org.thinktank.surveyflow.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.NativeHistoricTaskInstanceQuery;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricIdentityLinkLogEntity;
import org.springframework.stereotype.Repository;

/**
 * The tasks someone finished, from the engine's history, as a native query: the history's own query cannot keep only
 * the tasks finished after their due date, as "overdue only" asks. Counted and read a page at a time.
 *
 * <p>The engine has no index on a finished task's assignee; its log of who was assigned which task (kept at history
 * level full) has one on the user, so the tasks are found through the person's own entries there rather than by
 * reading every finished task (docs/benchmarks.md, "Indexes for the inbox and dashboard").
 */
@Repository
class DoneTaskRepository {

    private final HistoryService history;
    private final String taskTable;
    private final String processTable;
    private final String assignmentTable;

    DoneTaskRepository(HistoryService history, ManagementService management) {
        this.history = history;
        this.taskTable = management.getTableName(HistoricTaskInstance.class);
        this.processTable = management.getTableName(HistoricProcessInstance.class);
        // the engine names this table by its entity class only
        this.assignmentTable = management.getTableName(HistoricIdentityLinkLogEntity.class);
    }

    long count(String assignee, TaskScope scope) {
        return query(assignee, scope, "select count(*)", "").count();
    }

    List<HistoricTaskInstance> page(String assignee, TaskScope scope, int offset, int limit) {
        return query(assignee, scope, "select t.*", orderBy(scope.order())).listPage(offset, limit);
    }

    private NativeHistoricTaskInstanceQuery query(String assignee, TaskScope scope, String select, String orderBy) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>(List.of("t.PROC_DEF_KEY_ = #{processKey}", "t.ASSIGNEE_ = #{assignee}",
                "t.ID_ in (select l.TASK_ID_ from " + assignmentTable + " l where l.USER_ID_ = #{assignee}"
                        + " and l.TYPE_ = 'assignee')", "t.END_TIME_ is not null"));
        params.put("processKey", SurveyProcess.KEY);
        params.put("assignee", assignee);
        if (scope.overdueOnly()) {
            conditions.add("t.END_TIME_ > t.DUE_DATE_");
        }
        if (!scope.kinds().isEmpty()) {
            conditions.add("t.TASK_DEF_KEY_ in " + list("kind", scope.kinds(), params));
        }
        if (scope.keys() != null) {
            conditions.add(ofProcesses("key", scope.keys(), params));
        }
        if (scope.hasText()) {
            List<String> either = new ArrayList<>();
            if (!scope.textKeys().isEmpty()) {
                either.add(ofProcesses("textKey", scope.textKeys(), params));
            }
            if (!scope.kindsNamed().isEmpty()) {
                either.add("t.TASK_DEF_KEY_ in " + list("kindNamed", scope.kindsNamed(), params));
            }
            conditions.add("(" + String.join(" or ", either) + ")");
        }
        NativeHistoricTaskInstanceQuery query = history.createNativeHistoricTaskInstanceQuery().sql(select + " from "
                + taskTable + " t where " + String.join(" and ", conditions) + orderBy);
        params.forEach(query::parameter);
        return query;
    }

    private String ofProcesses(String name, Collection<String> businessKeys, Map<String, Object> params) {
        return "t.PROC_INST_ID_ in (select p.PROC_INST_ID_ from " + processTable + " p where p.BUSINESS_KEY_ in "
                + list(name, businessKeys, params) + ")";
    }

    /** {@code (#{name0}, #{name1}, …)}, each value a parameter of its own. */
    private static String list(String name, Collection<String> values, Map<String, Object> params) {
        List<String> placeholders = new ArrayList<>();
        for (String value : values) {
            String parameter = name + placeholders.size();
            params.put(parameter, value);
            placeholders.add("#{" + parameter + "}");
        }
        return "(" + String.join(", ", placeholders) + ")";
    }

    private static String orderBy(TaskOrder order) {
        if (order == null) {
            return " order by t.END_TIME_ desc, t.ID_";
        }
        return switch (order) {
            case DUE -> " order by t.DUE_DATE_ asc nulls last, t.END_TIME_ desc, t.ID_";
            case DUE_LAST_FIRST -> " order by t.DUE_DATE_ desc nulls last, t.END_TIME_ desc, t.ID_";
        };
    }
}
