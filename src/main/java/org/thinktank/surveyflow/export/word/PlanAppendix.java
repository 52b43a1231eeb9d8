package org.thinktank.surveyflow.export.word;

import java.time.LocalDate;
import java.util.List;

import org.thinktank.surveyflow.plan.PlanSite;
import org.thinktank.surveyflow.plan.PlanVersion;

/**
 * The approved survey plan as the study report's appendix shows it. It has no place for the budget note, so none can
 * reach the document.
 *
 * @param questionnaire the file name of the questionnaire draft, or null
 */
public record PlanAppendix(int version, LocalDate approvedOn, String objectives, String researchQuestions,
                           List<PlanSite> sites, String interviewees, String methods, String schedule,
                           String questionnaire) {

    static PlanAppendix of(PlanVersion plan, LocalDate approvedOn) {
        return new PlanAppendix(plan.number(), approvedOn, plan.content().objectives(),
                plan.content().researchQuestions(), plan.content().sites(), plan.content().interviewees(),
                plan.content().methods(), plan.content().schedule(),
                plan.questionnaire() == null ? null : plan.questionnaire().fileName());
    }
}
