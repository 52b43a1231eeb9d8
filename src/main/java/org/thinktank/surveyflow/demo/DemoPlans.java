package org.thinktank.surveyflow.demo;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.plan.PlanBook;
import org.thinktank.surveyflow.plan.PlanContent;
import org.thinktank.surveyflow.plan.PlanDecision;
import org.thinktank.surveyflow.plan.PlanDecisionForm;
import org.thinktank.surveyflow.plan.PlanSite;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.time.WorkCalendar;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/** Takes a demo investigation through its plan stage: the lead submits the demo plan and the organizer approves it. */
@Component
class DemoPlans {

    private final PlanBook plans;
    private final SurveyTasks surveyTasks;
    private final WorkCalendar calendar;

    DemoPlans(PlanBook plans, SurveyTasks surveyTasks, WorkCalendar calendar) {
        this.plans = plans;
        this.surveyTasks = surveyTasks;
        this.calendar = calendar;
    }

    void approve(Survey survey, DemoMeeting.DemoPlan plan, Actor organizer) {
        LocalDate today = calendar.today();
        Actor lead = new Actor(survey.lead(), Role.RESEARCHER);
        plans.saveDraft(survey.id(), lead, new PlanContent(plan.objectivesZh(), plan.researchQuestionsZh(),
                plan.sites().stream().map(site -> new PlanSite(site.placeZh(), today.plusDays(site.startsInDays()),
                        today.plusDays(site.startsInDays() + site.days() - 1))).toList(),
                plan.intervieweesZh(), plan.methodsZh(), plan.scheduleZh(), plan.budgetZh()));
        surveyTasks.submitPlan(survey.id(), lead);
        surveyTasks.decidePlan(survey.id(), organizer, new PlanDecisionForm(PlanDecision.APPROVE, null));
    }
}
