package org.thinktank.surveyflow.review;

import java.time.Instant;

/** A submitted review. {@code confidentialComments} is null wherever the reader may not see it. */
public record Review(long id, long surveyId, int versionNumber, String reviewer, int relevance, int evidence,
                     int feasibility, int clarity, Recommendation recommendation, String commentsForAuthors,
                     String confidentialComments, Instant submittedAt) {

    Review withoutConfidentialComments() {
        return new Review(id, surveyId, versionNumber, reviewer, relevance, evidence, feasibility, clarity,
                recommendation, commentsForAuthors, null, submittedAt);
    }
}
