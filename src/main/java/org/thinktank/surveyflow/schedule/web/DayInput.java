package org.thinktank.surveyflow.schedule.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day as a form's date field posts it (ISO); null when it is empty or not a date. */
final class DayInput {

    private DayInput() {
    }

    static LocalDate parse(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
