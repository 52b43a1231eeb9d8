package org.thinktank.surveyflow.workflow.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** Called by each user task's start listener, {@code ${surveyStages.enter(execution, 'REVIEW')}}. */
@Component("surveyStages")
public class SurveyStages {

    private final SurveyRegistry registry;

    SurveyStages(SurveyRegistry registry) {
        this.registry = registry;
    }

    public void enter(DelegateExecution execution, String stage) {
        registry.enterStage(SurveyProcess.surveyId(execution), SurveyStage.valueOf(stage));
    }
}
