package org.thinktank.surveyflow.workflow.bpmn;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Date arithmetic for the BPMN's due dates and timers, called as {@code ${deadlines.endOf(findingsDue)}} and
 * {@code ${deadlines.before(findingsDue, reminderLead)}}: due dates are ISO dates, lead times ISO 8601 durations.
 */
@Component("deadlines")
public class Deadlines {

    private final WorkCalendar calendar;

    Deadlines(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** The moment a stage due on {@code isoDate} becomes overdue. */
    public Date endOf(String isoDate) {
        return Date.from(calendar.endOf(LocalDate.parse(isoDate)));
    }

    /** {@code isoDuration} before the end of {@code isoDate}. */
    public Date before(String isoDate, String isoDuration) {
        return Date.from(calendar.endOf(LocalDate.parse(isoDate)).minus(Duration.parse(isoDuration)));
    }
}
