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
                SurveyProcess.SURVEY_ID, launched.surveyId(),
                SurveyProcess.LEAD, launched.lead(),
                SurveyProcess.FINDINGS_DUE, due.findings().toString(),
                SurveyProcess.DRAFT_DUE, due.draft().toString(),
                SurveyProcess.REVIEW_DUE, due.review().toString(),
                SurveyProcess.APPROVAL_DUE, due.approval().toString(),
                SurveyProcess.REMINDER_LEAD, launched.reminderLead().toString(),
                SurveyProcess.REVISION_PERIOD, launched.revisionPeriod().toString()));
    }
}
