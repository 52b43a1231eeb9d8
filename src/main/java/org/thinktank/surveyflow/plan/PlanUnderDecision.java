package org.thinktank.surveyflow.plan;

import java.util.List;

import org.thinktank.surveyflow.report.SectionChange;
import org.thinktank.surveyflow.survey.Survey;

/**
 * The plan an organizer decides on, with the version before it (null in the first round) and what changed since,
 * field by field.
 */
public record PlanUnderDecision(Survey survey, PlanVersion current, PlanVersion previous, List<SectionChange> changes) {
}
