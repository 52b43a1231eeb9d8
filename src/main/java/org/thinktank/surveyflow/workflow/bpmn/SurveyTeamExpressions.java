package org.thinktank.surveyflow.workflow.bpmn;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.survey.SurveyRegistry;

/**
 * The collections of the multi-instance tasks, read from the database so that the process holds no lists:
 * {@code ${surveyTeam.researchersOf(surveyId)}} and {@code ${surveyTeam.reviewersOf(surveyId)}}.
 */
@Component("surveyTeam")
public class SurveyTeamExpressions {

    private final SurveyRegistry registry;

    SurveyTeamExpressions(SurveyRegistry registry) {
        this.registry = registry;
    }

    public List<String> researchersOf(long surveyId) {
        return registry.requireUnchecked(surveyId).team();
    }

    public List<String> reviewersOf(long surveyId) {
        return registry.requireUnchecked(surveyId).reviewers();
    }
}
