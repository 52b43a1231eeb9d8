package org.thinktank.surveyflow.time;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public holidays and the weekend days worked in their place (调休), as the State Council announces them each
 * year: configuration, so that a new year's calendar needs no release.
 */
@ConfigurationProperties("surveyflow.calendar")
public record DaysOff(@DefaultValue List<LocalDate> holidays, @DefaultValue List<LocalDate> workingWeekends) {
}
