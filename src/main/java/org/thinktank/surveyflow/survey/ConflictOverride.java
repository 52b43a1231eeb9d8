package org.thinktank.surveyflow.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An organizer's written reason to assign reviewers despite a conflict of interest (a reviewer from the same
 * institution as the lead or a team member). Recorded in the investigation's history, for organizers only.
 */
public record ConflictOverride(@NotBlank @Size(max = 1000) String reason) {
}
