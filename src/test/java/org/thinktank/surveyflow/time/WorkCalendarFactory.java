package org.thinktank.surveyflow.time;

import java.time.Clock;
import java.time.ZoneId;

/** Builds a WorkCalendar with a fixed clock for unit tests. */
public final class WorkCalendarFactory {

    private WorkCalendarFactory() {
    }

    public static WorkCalendar of(Clock clock, ZoneId zone) {
        return new WorkCalendar(clock, zone);
    }
}
