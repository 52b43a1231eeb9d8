package org.thinktank.surveyflow.workflow.task;

import java.util.Map;

import org.thinktank.surveyflow.security.Actor;

/**
 * What completing one kind of user task does in the domain, and the fields it takes. The variables it returns
 * are what the BPMN's gateways read.
 */
interface TaskAction<F> {

    String taskKey();

    Class<F> formType();

    Map<String, Object> perform(TaskAtHand task, Actor actor, F form);
}
