package org.thinktank.surveyflow.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.survey.SurveyEvent;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyStage;

class StageDurationsTests {

    private static final Instant LAUNCH = Instant.parse("2026-05-01T00:00:00Z");

    private static SurveyEvent entered(SurveyStage stage, int day) {
        return new SurveyEvent(LAUNCH.plusSeconds(86_400L * day), null, SurveyEventKind.STAGE_ENTERED, stage.name());
    }

    @Test
    void theCurrentStageCountsUntilNow() {
        assertThat(StageDurations.daysIn(LAUNCH, List.of(), LAUNCH.plusSeconds(86_400 * 3 / 2)))
                .isEqualTo(Map.of(SurveyStage.PLANNING, 1.5));
    }

    @Test
    void revisionRoundsAddUpPerStageAndOtherEventsAreIgnored() {
        List<SurveyEvent> history = List.of(
                new SurveyEvent(LAUNCH, "organizer", SurveyEventKind.LAUNCHED, "topic"),
                entered(SurveyStage.DRAFTING, 4), entered(SurveyStage.REVIEW, 6),
                new SurveyEvent(LAUNCH.plusSeconds(86_400 * 7), "x", SurveyEventKind.REVIEW_SUBMITTED, "v1"),
                entered(SurveyStage.DRAFTING, 8), entered(SurveyStage.REVIEW, 9));
        assertThat(StageDurations.daysIn(LAUNCH, history, LAUNCH.plusSeconds(86_400 * 10))).isEqualTo(Map.of(
                SurveyStage.PLANNING, 4.0, SurveyStage.DRAFTING, 3.0, SurveyStage.REVIEW, 3.0));
    }

    @Test
    void aFinishedInvestigationStopsCountingWhenItEnds() {
        List<SurveyEvent> history = List.of(entered(SurveyStage.APPROVAL, 2), entered(SurveyStage.PUBLISHED, 3));
        assertThat(StageDurations.daysIn(LAUNCH, history, LAUNCH.plusSeconds(86_400 * 100))).isEqualTo(Map.of(
                SurveyStage.PLANNING, 2.0, SurveyStage.APPROVAL, 1.0));
    }
}
