package org.thinktank.surveyflow.workflow;

import java.time.Instant;
import java.time.LocalDate;

/** The open request for an update of an investigation's adoption record: the point it is for and when it is due. */
public record FollowUpRequest(LocalDate point, Instant due) {
}
