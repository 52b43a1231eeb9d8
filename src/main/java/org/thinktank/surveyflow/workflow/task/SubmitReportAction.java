package org.thinktank.surveyflow.workflow.task;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** Freezes the lead's draft; the reviewers then review that version. */
@Component
class SubmitReportAction implements TaskAction<NoFields> {

    private final ReportArchive reports;

    SubmitReportAction(ReportArchive reports) {
        this.reports = reports;
    }

    @Override
    public String taskKey() {
        return SurveyProcess.DRAFT_REPORT;
    }

    @Override
    public Class<NoFields> formType() {
        return NoFields.class;
    }

    @Override
    public Map<String, Object> perform(TaskAtHand task, Actor actor, NoFields form) {
        return Map.of(SurveyProcess.Variables.REPORT_VERSION, reports.submitDraft(task.surveyId(), actor.username()).number());
    }
}
