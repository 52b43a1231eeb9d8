package org.thinktank.surveyflow.survey;

import java.util.Map;

/**
 * A meeting's investigations counted.
 *
 * @param perStage how many are in each stage (every stage, zero included)
 * @param overdue how many are past the due date of their stage
 * @param averageCycleDays days from launch to publication or closing, on average over the ended ones (null if none)
 * @param averageDaysInStage days the running ones have spent in their current stage, on average (null if none)
 */
public record MeetingFigures(Map<SurveyStage, Long> perStage, long overdue, Double averageCycleDays,
                             Double averageDaysInStage) {
}
