package org.thinktank.surveyflow.questionnaire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/** What the lead writes when putting a summary into the study report. */
public record TableChoice(
        @NotBlank @Size(max = 1000) String question,
        @Size(max = 1000) String by,
        @NotBlank @Size(max = 300) @SingleLine String title,
        @Size(max = 1000) String caption,
        boolean chart) {

    public TableChoice {
        by = by == null || by.isBlank() ? null : by;
        title = InputText.line(title);
        caption = caption == null ? "" : caption.strip();
    }
}
