package org.thinktank.surveyflow.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/** What a researcher writes down about one finding. */
public record FindingForm(
        @NotBlank @Size(max = 300) @SingleLine String title,
        @NotNull FieldMethod method,
        @NotBlank @Size(max = 200) @SingleLine String place,
        @NotNull @PastOrPresent LocalDate observedOn,
        @NotBlank @Size(max = 20000) String evidence,
        @Size(max = 5000) String recommendation,
        @Size(max = 5000) String sources,
        @Size(max = 50) List<@Valid @NotNull Figure> figures) {

    /** Title and place without spaces and invisible characters at their edges; a missing figure stays to be refused. */
    public FindingForm {
        title = InputText.line(title);
        place = InputText.line(place);
        figures = figures == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(figures));
    }

    /** This form with the given figures. */
    public FindingForm withFigures(List<Figure> figures) {
        return new FindingForm(title, method, place, observedOn, evidence, recommendation, sources, figures);
    }
}
