package org.thinktank.surveyflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.findings.FieldMethod;

class ExpectedTests {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ProblemMessages messages = Bundles.problemMessages();

    private String english(Reason reason) {
        return messages.text(reason, Locale.ENGLISH);
    }

    private String english(InputProblem problem) {
        return messages.describe(problem, Locale.ENGLISH);
    }

    @Test
    void eachTypeIsNamedForWhatItTakes() {
        assertThat(english(Expected.of(String.class))).isEqualTo("text");
        assertThat(english(Expected.of(int.class))).isEqualTo("a whole number");
        assertThat(english(Expected.of(Long.class))).isEqualTo("a whole number");
        assertThat(english(Expected.of(BigDecimal.class))).isEqualTo("a number");
        assertThat(english(Expected.of(boolean.class))).isEqualTo("true or false");
        assertThat(english(Expected.of(LocalDate.class))).isEqualTo("a date like 2026-12-01");
        assertThat(english(Expected.of(Duration.class))).isEqualTo("a duration like P2D (ISO 8601)");
        assertThat(english(Expected.of(UUID.class))).startsWith("an id like ");
        assertThat(english(Expected.of(List.class))).isEqualTo("a list");
        assertThat(english(Expected.of(ExpectedTests.class))).isEqualTo("an object");
    }

    @Test
    void anEnumIsNamedByTheLabelsOfItsValues() {
        assertThat(english(Expected.of(FieldMethod.class))).startsWith("one of Questionnaire, Interview, Site visit");
        assertThat(messages.text(Expected.of(FieldMethod.class), CHINESE)).startsWith("以下之一：问卷调查、访谈、实地考察");
    }

    @Test
    void aMismatchSaysWhatTheFieldTakesAndWhatItGot() {
        assertThat(english(Expected.mismatch("surveyId", long.class, "abc")))
                .isEqualTo("Investigation number: must be a whole number, not 'abc'");
        assertThat(english(Expected.mismatch("surveyId", long.class, "99999999999999999999")))
                .isEqualTo("Investigation number: '99999999999999999999' is out of range");
        assertThat(english(Expected.mismatch("score", int.class, Double.POSITIVE_INFINITY))).isEqualTo("score: is out of range");
        assertThat(english(Expected.mismatch("draftDue", LocalDate.class, null)))
                .isEqualTo("Draft due: must be a date like 2026-12-01");
    }

    @Test
    void aMismatchInChineseNamesTheFieldByItsChineseLabel() {
        assertThat(messages.describe(Expected.mismatch("surveyId", long.class, "abc"), CHINESE))
                .isEqualTo("调研编号：必须是整数，而不是 'abc'");
        assertThat(messages.describe(Expected.mismatch("method", FieldMethod.class, "GUESSWORK"), CHINESE))
                .startsWith("调研方法：'GUESSWORK' 不是可选的值，应为以下之一：问卷调查、访谈")
                .doesNotContain("QUESTIONNAIRE");
    }

    @Test
    void aMismatchOfAnEnumTellsProgramsTheValuesItTakes() {
        assertThat(Expected.mismatch("method", FieldMethod.class, "GUESSWORK").allowed())
                .hasValueSatisfying(allowed -> assertThat(allowed).startsWith("QUESTIONNAIRE", "INTERVIEW"));
    }
}
