package org.thinktank.surveyflow.findings;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What a researcher writes down about one finding. */
public record FindingForm(
        @NotBlank @Size(max = 300) String title,
        @NotNull FieldMethod method,
        @NotBlank @Size(max = 200) String place,
        @NotNull @PastOrPresent LocalDate observedOn,
        @NotBlank @Size(max = 20000) String evidence,
        @Size(max = 5000) String recommendation,
        @Size(max = 5000) String sources,
        @Size(max = 50) List<@Valid @NotNull Figure> figures) {

    public FindingForm {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** This form with the given figures. */
    public FindingForm withFigures(List<Figure> figures) {
        return new FindingForm(title, method, place, observedOn, evidence, recommendation, sources, figures);
    }
}
