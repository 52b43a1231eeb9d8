package org.thinktank.surveyflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.problem.InputProblem;

/** A schedule's offsets come in the order of the steps, approval at the latest on the meeting day. */
class ScheduleTemplateTests {

    @Test
    void offsetsInOrderHaveNoProblem() {
        assertThat(new ScheduleTemplate(-75, -40, -28, -18, -10).problems()).isEmpty();
    }

    @Test
    void anOffsetNoLaterThanTheOneBeforeIsNamedWithIt() {
        assertThat(new ScheduleTemplate(-75, -40, -40, -18, -10).problems())
                .extracting(InputProblem::field).containsExactly("draftOffset");
    }

    @Test
    void anApprovalAfterTheMeetingIsAProblem() {
        assertThat(new ScheduleTemplate(-75, -40, -28, -18, 1).problems())
                .extracting(InputProblem::field).containsExactly("approvalOffset");
    }

    @Test
    void anOffsetMoreThanTwoYearsAheadIsAProblem() {
        assertThat(new ScheduleTemplate(-800, -40, -28, -18, -10).problems())
                .extracting(InputProblem::field).containsExactly("planOffset");
    }

    @Test
    void configuredDefaultsOutOfOrderStopTheApplication() {
        assertThatThrownBy(() -> new ScheduleDefaults(-10, -40, -28, -18, -10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surveyflow.deadlines.schedule");
    }
}
