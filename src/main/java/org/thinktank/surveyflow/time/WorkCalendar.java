package org.thinktank.surveyflow.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The think tank's calendar: due dates are whole days in its time zone, and a stage is due at the end of its
 * due date.
 */
@Component
public class WorkCalendar {

    private final Clock clock;
    private final ZoneId zone;

    WorkCalendar(Clock clock, @Value("${surveyflow.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant after the due date: a stage due on a day may finish until that day's midnight. */
    public Instant endOf(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whole days from today to a due date: 0 on the day itself, negative once it has passed. */
    public long daysUntil(LocalDate dueDate) {
        return ChronoUnit.DAYS.between(today(), dueDate);
    }

    /** The due date of a deadline given as its end, the midnight after it. */
    public LocalDate dueDateOf(Instant end) {
        return dateOf(end.minusSeconds(1));
    }

    public ZoneId zone() {
        return zone;
    }
}
