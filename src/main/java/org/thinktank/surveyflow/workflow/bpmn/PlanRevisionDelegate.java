package org.thinktank.surveyflow.workflow.bpmn;

import java.time.Duration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.survey.DueDates;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** Moves the remaining due dates so the lead has at least {@code revisionPeriod} for the next version. */
@Component
class PlanRevisionDelegate implements JavaDelegate {

    private final SurveyRegistry registry;

    PlanRevisionDelegate(SurveyRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Duration period = Duration.parse((String) execution.getVariable(SurveyProcess.Variables.REVISION_PERIOD));
        DueDates due = registry.planRevisionRound(SurveyProcess.surveyId(execution), period);
        execution.setVariable(SurveyProcess.Variables.DRAFT_DUE, due.draft().toString());
        execution.setVariable(SurveyProcess.Variables.REVIEW_DUE, due.review().toString());
        execution.setVariable(SurveyProcess.Variables.APPROVAL_DUE, due.approval().toString());
    }
}
