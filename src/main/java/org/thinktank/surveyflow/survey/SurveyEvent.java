package org.thinktank.surveyflow.survey;

import java.time.Instant;

/** One line of an investigation's history. */
public record SurveyEvent(Instant occurredAt, String actor, SurveyEventKind kind, String detail) {
}
