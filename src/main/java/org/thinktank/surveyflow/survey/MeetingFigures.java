package org.thinktank.surveyflow.survey;

import java.util.List;
import java.util.Map;

/**
 * A meeting's investigations counted.
 *
 * @param perStage how many are in each stage (every stage, zero included)
 * @param overdue how many are past the due date of their stage
 * @param averageCycleDays days from launch to publication or closing, on average over the ended ones (null if none)
 * @param averageDaysInStage days the running ones have spent in their current stage, on average (null if none)
 * @param overduePerStage how many are overdue in each stage (every stage, zero included)
 * @param overduePerInstitution how many are overdue per institution of their lead, the most first (none: no row)
 * @param averageDaysPerStage days spent in each stage before the end, on average over the investigations that
 *                            entered it (revision rounds add up; a stage still running counts until now); the stages
 *                            before the end only, and only those any investigation entered
 */
public record MeetingFigures(Map<SurveyStage, Long> perStage, long overdue, Double averageCycleDays,
                             Double averageDaysInStage, Map<SurveyStage, Long> overduePerStage,
                             List<InstitutionCount> overduePerInstitution, Map<SurveyStage, Double> averageDaysPerStage) {
}
