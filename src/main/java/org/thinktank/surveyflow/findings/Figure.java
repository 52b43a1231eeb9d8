package org.thinktank.surveyflow.findings;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/**
 * A measured figure that supports a finding, such as "受访企业数: 212 家". Its value is kept plain, without trailing
 * zeros: 40.0000 is 40 and never 4E+1, in the API, the pages and the exports alike.
 */
public record Figure(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull @Digits(integer = Figure.INTEGER_DIGITS, fraction = 4) BigDecimal value,
        @Size(max = 40) @SingleLine String unit) {

    static final int INTEGER_DIGITS = 16;

    public Figure {
        name = InputText.line(name);
        value = plain(value);
        unit = unit == null ? "" : InputText.line(unit);
    }

    private static BigDecimal plain(BigDecimal value) {
        // a value beyond a figure's digits stays as given for validation to refuse: widening 1E+999999 would not be cheap
        if (value == null || value.precision() - value.scale() > INTEGER_DIGITS) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
