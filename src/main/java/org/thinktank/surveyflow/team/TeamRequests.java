package org.thinktank.surveyflow.team;

import jakarta.validation.Valid;
import org.thinktank.surveyflow.survey.ConflictOverride;

/** The bodies of the team requests of the API and the pages' forms. */
public final class TeamRequests {

    private TeamRequests() {
    }

    /** A reviewer's reason to decline their assignment. */
    public record Decline(String reason) {
    }

    /** Who takes a member's place, and an organizer's reason when they have a conflict of interest. */
    public record Replacement(String replacement, @Valid ConflictOverride conflictOverride) {
    }

    /** Who joins, and an organizer's reason when they have a conflict of interest. */
    public record Newcomer(String login, @Valid ConflictOverride conflictOverride) {
    }

    /** The organizer the awaited decision is handed to. */
    public record Delegation(String organizer) {
    }
}
