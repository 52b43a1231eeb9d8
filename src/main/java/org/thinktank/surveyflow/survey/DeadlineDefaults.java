package org.thinktank.surveyflow.survey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The durations a launch uses when the organizer gives none. They become process variables, so a running
 * investigation keeps the values it started with.
 */
@ConfigurationProperties("surveyflow.deadlines")
public record DeadlineDefaults(@DefaultValue("P2D") Duration reminderLead, @DefaultValue("P7D") Duration revisionPeriod) {
}
