package org.thinktank.surveyflow.workflow;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.survey.DueDates;
import org.thinktank.surveyflow.survey.SurveyLaunched;

/** Starts an investigation's process in the transaction that launched it, keyed by its business key. */
@Component
class ProcessStarter {

    private final RuntimeService runtime;

    ProcessStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void start(SurveyLaunched launched) {
        DueDates due = launched.dueDates();
        runtime.startProcessInstanceByKey(SurveyProcess.KEY, launched.businessKey(), Map.of(
                SurveyProcess.Variables.SURVEY_ID, launched.surveyId(),
                SurveyProcess.Variables.LEAD, launched.lead(),
                SurveyProcess.Variables.PLAN_DUE, due.plan().toString(),
                SurveyProcess.Variables.FINDINGS_DUE, due.findings().toString(),
                SurveyProcess.Variables.DRAFT_DUE, due.draft().toString(),
                SurveyProcess.Variables.REVIEW_DUE, due.review().toString(),
                SurveyProcess.Variables.APPROVAL_DUE, due.approval().toString(),
                SurveyProcess.Variables.REMINDER_LEAD, launched.reminderLead().toString(),
                SurveyProcess.Variables.REVISION_PERIOD, launched.revisionPeriod().toString()));
    }
}
