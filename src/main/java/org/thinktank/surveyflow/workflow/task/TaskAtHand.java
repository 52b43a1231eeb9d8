package org.thinktank.surveyflow.workflow.task;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** An open task being completed, with the process variables of its investigation. */
record TaskAtHand(Task task, Map<String, Object> variables) {

    long surveyId() {
        return SurveyProcess.surveyId(variables);
    }

    int planVersion() {
        return ((Number) variables.get(SurveyProcess.Variables.PLAN_VERSION)).intValue();
    }

    int reportVersion() {
        return SurveyProcess.reportVersion(variables);
    }
}
