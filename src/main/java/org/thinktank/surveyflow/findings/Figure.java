package org.thinktank.surveyflow.findings;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/** A measured figure that supports a finding, such as "受访企业数: 212 家". */
public record Figure(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull @Digits(integer = 16, fraction = 4) BigDecimal value,
        @Size(max = 40) @SingleLine String unit) {

    public Figure {
        name = InputText.line(name);
        unit = unit == null ? "" : InputText.line(unit);
    }
}
