package org.thinktank.surveyflow.schedule;

import java.time.LocalDate;

import org.thinktank.surveyflow.time.DayKind;

/**
 * One step's due date as a meeting's schedule proposes it.
 *
 * @param name the launch's field, {@code planDue}, {@code findingsDue}...
 * @param offset days before (negative) the meeting
 * @param date null while the meeting has no date
 * @param day whether the date is a working day, a weekend or a holiday; null without a date
 */
public record ProposedDueDate(String name, int offset, LocalDate date, DayKind day) {
}
