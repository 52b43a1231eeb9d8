package org.thinktank.surveyflow.survey;

import java.util.List;

import org.thinktank.surveyflow.meeting.Meeting;

/** An investigation with its meeting and its history, as the API shows it. */
public record SurveyDetails(Survey survey, Meeting meeting, List<SurveyEvent> history) {
}
