package org.thinktank.surveyflow.workflow.task;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.plan.PlanBook;
import org.thinktank.surveyflow.plan.PlanDecisionForm;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** An organizer approves the submitted plan, which opens the findings, or sends it back to the lead. */
@Component
class ApprovePlanAction implements TaskAction<PlanDecisionForm> {

    private final PlanBook plans;

    ApprovePlanAction(PlanBook plans) {
        this.plans = plans;
    }

    @Override
    public String taskKey() {
        return SurveyProcess.APPROVE_PLAN;
    }

    @Override
    public Class<PlanDecisionForm> formType() {
        return PlanDecisionForm.class;
    }

    @Override
    public Map<String, Object> perform(TaskAtHand task, Actor actor, PlanDecisionForm form) {
        return Map.of(SurveyProcess.Variables.PLAN_DECISION,
                plans.decide(task.surveyId(), task.planVersion(), actor, form).name());
    }
}
