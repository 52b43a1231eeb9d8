package org.thinktank.surveyflow.workflow;

import java.time.Instant;
import java.util.Date;

/** The engine speaks {@link Date}; the application speaks {@link Instant}. */
public final class EngineDates {

    private EngineDates() {
    }

    /** The instant of an engine date, or null when the engine has none (a task without a due date). */
    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
