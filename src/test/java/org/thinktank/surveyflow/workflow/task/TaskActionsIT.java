package org.thinktank.surveyflow.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.IntegrationTest;

/** The running application has exactly one task action for every user task of the model. */
@IntegrationTest
class TaskActionsIT {

    @Autowired
    List<TaskAction<?>> actions;

    @Test
    void everyUserTaskOfTheModelHasExactlyOneTaskActionBean() {
        List<String> userTasks = Bpmn.readModelFromFile(new File("processes/survey-investigation.bpmn"))
                .getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList();

        assertThat(actions).extracting(TaskAction::taskKey).containsExactlyInAnyOrderElementsOf(userTasks);
    }
}
