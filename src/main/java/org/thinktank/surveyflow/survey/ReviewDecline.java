package org.thinktank.surveyflow.survey;

import java.time.Instant;

/** A reviewer's refusal of their assignment during the review of a version, with their reason. */
public record ReviewDecline(String reviewer, int versionNumber, String reason, Instant declinedAt) {
}
