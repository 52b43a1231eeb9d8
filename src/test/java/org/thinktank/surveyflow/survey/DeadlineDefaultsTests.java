package org.thinktank.surveyflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DeadlineDefaultsTests {

    @Test
    void takesPositiveDurationsUpToTheLongest() {
        assertThat(new DeadlineDefaults(Duration.ofDays(90), Duration.ofDays(365)).revisionPeriod())
                .isEqualTo(Duration.ofDays(365));
    }

    @Test
    void refusesAConfigurationThatWouldJamTheTimers() {
        assertThatThrownBy(() -> new DeadlineDefaults(Duration.ofDays(91), Duration.ofDays(7)))
                .hasMessageContaining("surveyflow.deadlines.reminder-lead must be positive and at most");
        assertThatThrownBy(() -> new DeadlineDefaults(Duration.ofDays(2), Duration.ofDays(999_999_999)))
                .hasMessageContaining("surveyflow.deadlines.revision-period");
        assertThatThrownBy(() -> new DeadlineDefaults(Duration.ZERO, Duration.ofDays(7)))
                .hasMessageContaining("reminder-lead");
        assertThatThrownBy(() -> new DeadlineDefaults(Duration.ofDays(2), Duration.ofDays(-7)))
                .hasMessageContaining("revision-period");
    }
}
