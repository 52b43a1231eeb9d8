package org.thinktank.surveyflow.workflow.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** Makes the recalled version the lead's draft again, before the process returns to drafting. */
@Component
class ReopenDraftDelegate implements JavaDelegate {

    private final ReportArchive reports;

    ReopenDraftDelegate(ReportArchive reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.reopen(SurveyProcess.surveyId(execution), SurveyProcess.reportVersion(execution));
    }
}
