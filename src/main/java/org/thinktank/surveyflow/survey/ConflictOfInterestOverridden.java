package org.thinktank.surveyflow.survey;

import java.time.Instant;
import java.util.List;

/**
 * Published inside the launch transaction when an organizer assigns reviewers despite a conflict of interest: for
 * the audit trail.
 *
 * @param conflicts each reviewer with the institution they share and with whom
 */
public record ConflictOfInterestOverridden(long surveyId, String businessKey, String organizer, List<String> conflicts,
                                           String reason, Instant at) {
}
