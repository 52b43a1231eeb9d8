package org.thinktank.surveyflow.audit;

import java.time.LocalDate;

import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;

/**
 * Which events to read, newest first. Every filter is optional; {@code from} and {@code to} are whole days in the
 * think tank's time zone, both included. Refused with an {@link InvalidRequestException} (400) when {@code to} is
 * before {@code from}.
 */
public record AuditQuery(Long surveyId, String actor, AuditKind kind, LocalDate from, LocalDate to) {

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidRequestException.of(InputProblem.of("to", "refusal.toBeforeFrom", String.valueOf(from)));
        }
    }
}
