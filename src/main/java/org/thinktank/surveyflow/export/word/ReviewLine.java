package org.thinktank.surveyflow.export.word;

import org.thinktank.surveyflow.review.Recommendation;

/** One reviewer's verdict on a version as the report's last page shows it: scores and recommendation only. */
public record ReviewLine(String reviewer, int relevance, int evidence, int feasibility, int clarity,
                         Recommendation recommendation) {
}
