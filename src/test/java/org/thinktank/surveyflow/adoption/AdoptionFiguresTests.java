package org.thinktank.surveyflow.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdoptionFiguresTests {

    private static final LocalDate MEETING = LocalDate.of(2026, 12, 10);

    private static AdoptionStep step(AdoptionStep.Kind kind, LocalDate on, String agency) {
        return new AdoptionStep(kind, on, agency, "", "", "", "", "");
    }

    private static TrackedRecommendation recommendation(String survey, int number, AdoptionStep... steps) {
        return new TrackedRecommendation(number, 1, survey, "数字经济", number, "建议" + number, List.of(steps));
    }

    private static AdoptionFigures figures(TrackedRecommendation... recommendations) {
        return AdoptionFigures.of(new MeetingAdoption(1, "M", "会议", MEETING, List.of(recommendations)));
    }

    @Test
    void aRecommendationStandsWhereItsLatestStepPutIt() {
        AdoptionFigures figures = figures(
                recommendation("S-1", 1),
                recommendation("S-1", 2, step(AdoptionStep.Kind.SENT, MEETING.plusDays(5), "工信部")),
                recommendation("S-2", 1, step(AdoptionStep.Kind.SENT, MEETING.plusDays(5), "工信部"),
                        step(AdoptionStep.Kind.ADOPTED, MEETING.plusDays(90), "工信部")));

        assertThat(figures.byStatus()).containsEntry(AdoptionStatus.PENDING, 1).containsEntry(AdoptionStatus.SENT, 1)
                .containsEntry(AdoptionStatus.ADOPTED, 1).containsEntry(AdoptionStatus.DECLINED, 0);
        assertThat(figures.bySurvey().get("S-1")).containsEntry(AdoptionStatus.PENDING, 1)
                .containsEntry(AdoptionStatus.SENT, 1);
        assertThat(figures.byAgency().get("工信部")).containsEntry(AdoptionStatus.SENT, 1)
                .containsEntry(AdoptionStatus.ADOPTED, 1);
    }

    @Test
    void theAdoptionRateIsAdoptedOverAllAndTheTimeToAdoptIsTheMedianOfDaysFromTheMeeting() {
        AdoptionFigures figures = figures(
                recommendation("S-1", 1, step(AdoptionStep.Kind.ADOPTED, MEETING.plusDays(30), "")),
                recommendation("S-1", 2, step(AdoptionStep.Kind.ADOPTED, MEETING.plusDays(90), "")),
                recommendation("S-2", 1, step(AdoptionStep.Kind.DECLINED, MEETING.plusDays(20), "发改委")),
                recommendation("S-2", 2));

        assertThat(figures.adoptionRate()).isEqualTo(0.5);
        assertThat(figures.medianDaysToAdopt()).hasValue(60.0);
    }

    @Test
    void aMeetingWithoutRecommendationsHasARateOfNothingAndNoTimeToAdopt() {
        AdoptionFigures figures = figures();

        assertThat(figures.total()).isZero();
        assertThat(figures.adoptionRate()).isZero();
        assertThat(figures.medianDaysToAdopt()).isEmpty();
    }
}
