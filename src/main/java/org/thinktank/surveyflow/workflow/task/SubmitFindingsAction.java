package org.thinktank.surveyflow.workflow.task;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.workflow.SurveyProcess;

@Component
class SubmitFindingsAction implements TaskAction<NoFields> {

    private final FindingsBook findings;

    SubmitFindingsAction(FindingsBook findings) {
        this.findings = findings;
    }

    @Override
    public String taskKey() {
        return SurveyProcess.SUBMIT_FINDINGS;
    }

    @Override
    public Class<NoFields> formType() {
        return NoFields.class;
    }

    @Override
    public Map<String, Object> perform(TaskAtHand task, Actor actor, NoFields form) {
        findings.submitAll(task.surveyId(), actor.username());
        return Map.of();
    }
}
