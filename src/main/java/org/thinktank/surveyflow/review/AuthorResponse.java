package org.thinktank.surveyflow.review;

import java.time.Instant;

import org.thinktank.surveyflow.report.VersionStatus;

/**
 * The lead's answer to one review of version {@code versionNumber}, written with the next version. Its {@code status}
 * is that next version's: a draft the lead may still change, then submitted and frozen.
 */
public record AuthorResponse(long reviewId, int versionNumber, String reviewer, String text, VersionStatus status,
                             String author, Instant updatedAt) {

    public boolean isFrozen() {
        return status == VersionStatus.SUBMITTED;
    }
}
