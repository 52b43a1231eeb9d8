package org.thinktank.surveyflow.meeting;

import java.time.LocalDate;

/** A science-and-technology meeting whose study reports the survey investigations prepare. */
public record Meeting(long id, String code, String name, String city, LocalDate opensOn, String theme) {
}
