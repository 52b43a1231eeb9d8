package org.thinktank.surveyflow.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Dates on pages, in the reader's language and the think tank's time zone. Templates call it as
 * {@code ${@dates.day(...)}}.
 */
@Component("dates")
public class DateDisplay {

    private final WorkCalendar calendar;

    DateDisplay(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(calendar.zone()));
    }

    /** The last day of a deadline given as its end (the midnight after the due date). */
    public String dueDay(Instant end) {
        return end == null ? "" : day(calendar.dateOf(end.minusSeconds(1)));
    }
}
