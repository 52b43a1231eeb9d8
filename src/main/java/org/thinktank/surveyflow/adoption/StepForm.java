package org.thinktank.surveyflow.adoption;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step as organizers or the lead record it. Which fields a kind needs: SENT the agency; INSTRUCTION who wrote it,
 * their level and its text; ADOPTED the policy document (the link is optional, http or https); DECLINED the agency
 * and the reason or evidence in {@code text}. Fields the kind does not use are ignored.
 */
public record StepForm(@NotNull AdoptionStep.Kind kind, @NotNull LocalDate on, @Size(max = 200) String agency,
                       @Size(max = 200) String by, InstructionLevel level, @Size(max = 20_000) String text,
                       @Size(max = 300) String document, @Size(max = 2000) String link) {

    /** The step the form records, trimmed, with the fields its kind does not use left empty. */
    AdoptionStep step() {
        return switch (kind) {
            case SENT -> new AdoptionStep(kind, on, clean(agency), "", "", "", "", "");
            case INSTRUCTION -> new AdoptionStep(kind, on, "", clean(by), level == null ? "" : level.name(),
                    clean(text), "", "");
            case ADOPTED -> new AdoptionStep(kind, on, "", "", "", "", clean(document), clean(link));
            case DECLINED -> new AdoptionStep(kind, on, clean(agency), "", "", clean(text), "", "");
        };
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
