package org.thinktank.surveyflow.survey;

import java.time.Instant;

/**
 * An investigation as a list shows it: no team, reviewers or history, which {@code GET /api/surveys/{id}} gives.
 */
public record SurveySummary(long id, String businessKey, long meetingId, String topic, String region, String lead,
                            SurveyStage stage, DueDates dueDates, Instant launchedAt, Instant stageEnteredAt,
                            Instant endedAt) {
}
