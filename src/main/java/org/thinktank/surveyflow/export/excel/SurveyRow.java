package org.thinktank.surveyflow.export.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * One investigation as the Surveys sheet shows it.
 *
 * @param due the due date of the stage it is in; null once it is published or closed
 * @param daysInStage days spent in each stage so far, revision rounds added up
 */
public record SurveyRow(String key, String topic, String region, String lead, List<String> team,
                        List<String> reviewers, SurveyStage stage, Instant stageEnteredAt, LocalDate due,
                        boolean overdue, Map<SurveyStage, Double> daysInStage) {
}
