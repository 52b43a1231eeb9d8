package org.thinktank.surveyflow.workflow;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;

/** Every user task an investigation went through, open or done, from the engine's history. */
@Service
public class TaskTimeline {

    private final HistoryService history;

    TaskTimeline(HistoryService history) {
        this.history = history;
    }

    public List<TimelineTask> of(String businessKey) {
        return history.createHistoricTaskInstanceQuery().processDefinitionKey(SurveyProcess.KEY)
                .processInstanceBusinessKey(businessKey)
                .orderByHistoricActivityInstanceStartTime().asc().orderByHistoricTaskInstanceEndTime().asc()
                .list().stream()
                .map(task -> new TimelineTask(businessKey, task.getTaskDefinitionKey(), task.getName(),
                        task.getAssignee(), EngineDates.instant(task.getStartTime()), EngineDates.instant(task.getEndTime()),
                        EngineDates.instant(task.getDueDate()), task.getId()))
                .toList();
    }

}
