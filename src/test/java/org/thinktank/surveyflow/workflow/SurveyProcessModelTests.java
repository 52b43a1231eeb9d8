package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The BPMN in processes/ and the names the Java code uses agree. */
class SurveyProcessModelTests {

    private final BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/survey-investigation.bpmn"));

    @Test
    void theProcessHasTheKeyTheApplicationStarts() {
        assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
                .containsExactly(SurveyProcess.KEY);
    }

    @Test
    void everyActivityTheCodeNamesExistsInTheModel() {
        List<String> ids = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId).toList();
        assertThat(ids).contains(SurveyProcess.SUBMIT_FINDINGS, SurveyProcess.DRAFT_REPORT, SurveyProcess.REVIEW_REPORT,
                SurveyProcess.APPROVE_REPORT, SurveyProcess.DECIDE_REJECTION, SurveyProcess.TALLY_REVIEWS,
                SurveyProcess.PLAN_REVISION, SurveyProcess.PUBLISHED, SurveyProcess.CLOSED);
    }

    @Test
    void everyUserTaskHasATaskActionThatCompletesIt() {
        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
                .containsExactlyInAnyOrder(SurveyProcess.SUBMIT_FINDINGS, SurveyProcess.DRAFT_REPORT,
                        SurveyProcess.REVIEW_REPORT, SurveyProcess.APPROVE_REPORT, SurveyProcess.DECIDE_REJECTION);
    }

    @Test
    void everyUserTaskHasADueDateFromTheProcessVariables() {
        assertThat(model.getModelElementsByType(UserTask.class))
                .allSatisfy(task -> assertThat(task.getCamundaDueDate()).startsWith("${deadlines.endOf("));
    }
}
