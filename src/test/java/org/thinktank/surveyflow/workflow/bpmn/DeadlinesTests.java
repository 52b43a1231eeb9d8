package org.thinktank.surveyflow.workflow.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.time.WorkCalendar;
import org.thinktank.surveyflow.time.WorkCalendarFactory;

class DeadlinesTests {

    private final WorkCalendar shanghai = WorkCalendarFactory.of(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"),
            ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
    private final Deadlines deadlines = new Deadlines(shanghai);

    @Test
    void aStageIsDueAtMidnightEndingItsDueDateInTheThinkTanksZone() {
        assertThat(deadlines.endOf("2026-12-09").toInstant()).isEqualTo(Instant.parse("2026-12-09T16:00:00Z"));
    }

    @Test
    void theReminderComesTheLeadTimeBeforeTheDeadline() {
        assertThat(deadlines.before("2026-12-09", "P2D").toInstant()).isEqualTo(Instant.parse("2026-12-07T16:00:00Z"));
        assertThat(deadlines.before("2026-12-09", "PT12H").toInstant()).isEqualTo(Instant.parse("2026-12-09T04:00:00Z"));
    }
}
