package org.thinktank.surveyflow.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/** A place the team will visit and the days it will be there. */
public record PlanSite(@NotBlank @Size(max = 200) @SingleLine String place, @NotNull LocalDate startsOn,
                       @NotNull LocalDate endsOn) {

    public PlanSite {
        place = InputText.line(place);
    }
}
