package org.thinktank.surveyflow.survey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The durations a launch uses when the organizer gives none. They become process variables, so a running
 * investigation keeps the values it started with. Each is positive and at most its longest, whether configured here or
 * given at launch; a configuration outside them stops the application from starting.
 */
@ConfigurationProperties("surveyflow.deadlines")
public record DeadlineDefaults(@DefaultValue("P2D") Duration reminderLead, @DefaultValue("P7D") Duration revisionPeriod) {

    /** The longest reminder lead: reminders further ahead than a quarter are no reminders. */
    public static final Duration LONGEST_REMINDER_LEAD = Duration.ofDays(90);
    /** The longest revision period: a year. */
    public static final Duration LONGEST_REVISION_PERIOD = Duration.ofDays(365);

    public DeadlineDefaults {
        requireWithin("surveyflow.deadlines.reminder-lead", reminderLead, LONGEST_REMINDER_LEAD);
        requireWithin("surveyflow.deadlines.revision-period", revisionPeriod, LONGEST_REVISION_PERIOD);
    }

    private static void requireWithin(String property, Duration duration, Duration longest) {
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(longest) > 0) {
            throw new IllegalArgumentException(property + " must be positive and at most " + longest + ", not " + duration);
        }
    }
}
