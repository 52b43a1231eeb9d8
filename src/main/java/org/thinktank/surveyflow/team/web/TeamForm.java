package org.thinktank.surveyflow.team.web;

import org.thinktank.surveyflow.survey.ConflictOverride;

/**
 * What the team page's forms post: whose place ({@code member}) goes to whom ({@code person}), and an organizer's
 * reason to override a conflict of interest, when one arises.
 */
record TeamForm(String member, String person, String overrideReason) {

    ConflictOverride override() {
        return overrideReason == null || overrideReason.isBlank() ? null : new ConflictOverride(overrideReason.strip());
    }
}
