package org.thinktank.surveyflow.dashboard;

import java.time.LocalDate;

import org.thinktank.surveyflow.survey.Survey;

/** An investigation whose current stage is past its due date. */
public record OverdueSurvey(Survey survey, LocalDate due) {
}
