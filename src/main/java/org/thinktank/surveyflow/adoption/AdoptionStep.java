package org.thinktank.surveyflow.adoption;

import java.time.LocalDate;

/**
 * One thing that happened to a recommendation, as organizers or the lead recorded it. Which fields are filled depends
 * on the kind: SENT has the agency; INSTRUCTION who wrote the 批示, their level and its text; ADOPTED the policy
 * document and a link; DECLINED the agency and the reason in {@code text}. Unused fields are empty strings.
 */
public record AdoptionStep(Kind kind, LocalDate on, String agency, String by, String level, String text,
                           String document, String link) {

    public enum Kind {
        SENT, INSTRUCTION, ADOPTED, DECLINED;

        AdoptionStatus status() {
            return switch (this) {
                case SENT -> AdoptionStatus.SENT;
                case INSTRUCTION -> AdoptionStatus.INSTRUCTED;
                case ADOPTED -> AdoptionStatus.ADOPTED;
                case DECLINED -> AdoptionStatus.DECLINED;
            };
        }
    }
}
