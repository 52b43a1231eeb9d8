package org.thinktank.surveyflow.export.word;

import java.time.LocalDateTime;

/** The organizer's approval of a version, in the think tank's time zone. */
public record SignOff(String approvedBy, LocalDateTime approvedAt) {
}
