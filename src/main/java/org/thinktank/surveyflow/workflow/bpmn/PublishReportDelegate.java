package org.thinktank.surveyflow.workflow.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.workflow.SurveyProcess;

@Component
class PublishReportDelegate implements JavaDelegate {

    private final SurveyRegistry registry;

    PublishReportDelegate(SurveyRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registry.publish(SurveyProcess.surveyId(execution));
    }
}
