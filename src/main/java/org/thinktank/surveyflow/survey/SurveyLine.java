package org.thinktank.surveyflow.survey;

import java.time.LocalDate;

/**
 * An investigation as a list of a meeting's shows it.
 *
 * @param due the due date of the stage it is in; null once it ended
 * @param overdue whether that day has passed
 */
public record SurveyLine(long id, String businessKey, String topic, SurveyStage stage, String lead, LocalDate due,
                         boolean overdue) {
}
