package org.thinktank.surveyflow.survey;

import java.time.Duration;

/** Published inside the launch transaction; the workflow starts the investigation's process on it. */
public record SurveyLaunched(long surveyId, String businessKey, String lead, DueDates dueDates,
                             Duration reminderLead, Duration revisionPeriod) {
}
