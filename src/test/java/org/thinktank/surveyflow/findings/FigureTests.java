package org.thinktank.surveyflow.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTests {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({"40.0000, 40", "4E+1, 40", "1.2E+3, 1200", "1200, 1200", "31.50, 31.5", "0.00010, 0.0001",
            "0.0000, 0", "-2.5E+2, -250"})
    void aValueIsPlainWithoutTrailingZeros(String entered, String shown) {
        assertThat(new Figure("指标", new BigDecimal(entered), "").value().toString()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1E+999999", "1E+17"})
    void aValueBeyondAFiguresDigitsIsLeftAsGivenForValidationToRefuse(String entered) {
        assertThat(new Figure("指标", new BigDecimal(entered), "").value()).isEqualTo(new BigDecimal(entered));
    }
}
