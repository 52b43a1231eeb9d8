package org.thinktank.surveyflow.findings;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A measured figure that supports a finding, such as "受访企业数: 212 家". */
public record Figure(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Digits(integer = 16, fraction = 4) BigDecimal value,
        @Size(max = 40) String unit) {

    public Figure {
        unit = unit == null ? "" : unit;
    }
}
