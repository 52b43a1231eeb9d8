package org.thinktank.surveyflow.dashboard;

import java.util.List;
import java.util.Map;

import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * A meeting's investigations at a glance.
 *
 * @param averageCycleDays days from launch to publication or closing, on average over the ended ones (null if none)
 * @param averageDaysInStage days the running ones have spent in their current stage, on average (null if none)
 */
public record MeetingOverview(Meeting meeting, List<Survey> surveys, Map<SurveyStage, Long> perStage,
                              List<OverdueSurvey> overdue, Double averageCycleDays, Double averageDaysInStage) {
}
