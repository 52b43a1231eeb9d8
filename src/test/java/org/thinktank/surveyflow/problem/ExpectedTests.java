package org.thinktank.surveyflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ExpectedTests {

    enum Colour { RED, GREEN }

    @Test
    void eachTypeIsNamedForWhatItTakes() {
        assertThat(Expected.of(String.class)).isEqualTo("text");
        assertThat(Expected.of(int.class)).isEqualTo("a whole number");
        assertThat(Expected.of(Long.class)).isEqualTo("a whole number");
        assertThat(Expected.of(BigDecimal.class)).isEqualTo("a number");
        assertThat(Expected.of(boolean.class)).isEqualTo("true or false");
        assertThat(Expected.of(LocalDate.class)).isEqualTo("a date like 2026-12-01");
        assertThat(Expected.of(Duration.class)).isEqualTo("a duration like P2D (ISO 8601)");
        assertThat(Expected.of(UUID.class)).startsWith("an id like ");
        assertThat(Expected.of(List.class)).isEqualTo("a list");
        assertThat(Expected.of(Colour.class)).isEqualTo("one of [RED, GREEN]");
        assertThat(Expected.of(ExpectedTests.class)).isEqualTo("an object");
    }

    @Test
    void aMismatchSaysWhatTheFieldTakesAndWhatItGot() {
        assertThat(Expected.mismatch("surveyId", long.class, "abc")).isEqualTo("surveyId: must be a whole number, not 'abc'");
        assertThat(Expected.mismatch("surveyId", long.class, "99999999999999999999"))
                .isEqualTo("surveyId: '99999999999999999999' is out of range");
        assertThat(Expected.mismatch("colour", Colour.class, "BLUE")).isEqualTo("colour: 'BLUE' is not one of [RED, GREEN]");
        assertThat(Expected.mismatch("score", int.class, Double.POSITIVE_INFINITY)).isEqualTo("score: is out of range");
        assertThat(Expected.mismatch("due", LocalDate.class, null)).isEqualTo("due: must be a date like 2026-12-01");
    }
}
