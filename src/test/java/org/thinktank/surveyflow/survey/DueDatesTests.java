package org.thinktank.surveyflow.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DueDatesTests {

    private final DueDates due = new DueDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 31),
            LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 21));

    @Test
    void aRevisionRoundWithinThePlannedDraftDateKeepsEveryDate() {
        assertThat(due.forRevisionDueNoEarlierThan(LocalDate.of(2026, 5, 20))).isEqualTo(due);
    }

    @Test
    void aLateRevisionRoundShiftsDraftReviewAndApprovalByTheSameDays() {
        DueDates revised = due.forRevisionDueNoEarlierThan(LocalDate.of(2026, 6, 10));

        assertThat(revised).isEqualTo(new DueDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 10),
                LocalDate.of(2026, 6, 24), LocalDate.of(2026, 7, 1)));
    }

    @Test
    void aShiftInReviewMovesReviewAndApprovalAndKeepsTheStepsDone() {
        assertThat(due.shiftedFrom(SurveyStage.REVIEW, 7)).isEqualTo(new DueDates(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 21), LocalDate.of(2026, 6, 28)));
    }

    @Test
    void aShiftWhilePlanningMovesEveryDeadline() {
        assertThat(due.shiftedFrom(SurveyStage.PLANNING, 3)).isEqualTo(new DueDates(LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 13), LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 17), LocalDate.of(2026, 6, 24)));
    }

    @Test
    void aShiftLeavesAPublishedInvestigationAsItWas() {
        assertThat(due.shiftedFrom(SurveyStage.PUBLISHED, 7)).isEqualTo(due);
    }
}
