package org.thinktank.surveyflow.export.excel;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.thinktank.surveyflow.survey.SurveyEvent;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * Days an investigation spent in each stage, from its history: it enters PLANNING at launch and each later stage
 * at a STAGE_ENTERED event; the stage it is in counts until {@code until}. Stages entered again (revision rounds)
 * add up.
 */
final class StageDurations {

    private static final double SECONDS_PER_DAY = 86_400d;

    private StageDurations() {
    }

    static Map<SurveyStage, Double> daysIn(Instant launchedAt, List<SurveyEvent> history, Instant until) {
        Map<SurveyStage, Double> days = new EnumMap<>(SurveyStage.class);
        SurveyStage current = SurveyStage.PLANNING;
        Instant since = launchedAt;
        for (SurveyEvent event : history) {
            if (event.kind() == SurveyEventKind.STAGE_ENTERED) {
                add(days, current, since, event.occurredAt());
                current = SurveyStage.valueOf(event.detail());
                since = event.occurredAt();
            }
        }
        if (!current.isFinal()) {
            add(days, current, since, until);
        }
        return days;
    }

    private static void add(Map<SurveyStage, Double> days, SurveyStage stage, Instant from, Instant to) {
        double spent = Math.max(0, Duration.between(from, to).toSeconds()) / SECONDS_PER_DAY;
        days.merge(stage, spent, Double::sum);
    }
}
