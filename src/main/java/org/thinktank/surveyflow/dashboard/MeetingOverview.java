package org.thinktank.surveyflow.dashboard;

import java.util.List;

import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.survey.MeetingFigures;
import org.thinktank.surveyflow.survey.SurveyLine;

/**
 * A meeting's investigations at a glance: counted, the longest overdue of them, and a page of the list.
 *
 * @param longestOverdue the first {@value MeetingDashboard#LONGEST_OVERDUE} overdue ones, the longest overdue first
 */
public record MeetingOverview(Meeting meeting, MeetingFigures figures, List<SurveyLine> longestOverdue) {
}
