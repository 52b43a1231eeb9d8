package org.thinktank.surveyflow.workflow;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/** An open task being completed, with the process variables of its investigation. */
record TaskAtHand(Task task, Map<String, Object> variables) {

    long surveyId() {
        return ((Number) variables.get(SurveyProcess.SURVEY_ID)).longValue();
    }

    int reportVersion() {
        return ((Number) variables.get(SurveyProcess.REPORT_VERSION)).intValue();
    }
}
