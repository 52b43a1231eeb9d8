package org.thinktank.surveyflow.workflow.task;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.plan.PlanBook;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** Freezes the lead's plan draft; the organizers then decide on that version. */
@Component
class SubmitPlanAction implements TaskAction<NoFields> {

    private final PlanBook plans;

    SubmitPlanAction(PlanBook plans) {
        this.plans = plans;
    }

    @Override
    public String taskKey() {
        return SurveyProcess.SUBMIT_PLAN;
    }

    @Override
    public Class<NoFields> formType() {
        return NoFields.class;
    }

    @Override
    public Map<String, Object> perform(TaskAtHand task, Actor actor, NoFields form) {
        return Map.of(SurveyProcess.Variables.PLAN_VERSION, plans.submit(task.surveyId(), actor.username()).number());
    }
}
