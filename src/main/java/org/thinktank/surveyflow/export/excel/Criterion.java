package org.thinktank.surveyflow.export.excel;

import java.util.function.ToIntFunction;

import org.thinktank.surveyflow.review.Review;

/** The rubric's criteria, each scored 1 to 5. */
enum Criterion {
    RELEVANCE(Review::relevance), EVIDENCE(Review::evidence), FEASIBILITY(Review::feasibility), CLARITY(Review::clarity);

    static final int LOWEST = 1;
    static final int HIGHEST = 5;

    private final ToIntFunction<Review> score;

    Criterion(ToIntFunction<Review> score) {
        this.score = score;
    }

    int of(Review review) {
        return score.applyAsInt(review);
    }

    static double average(Review review) {
        double sum = 0;
        for (Criterion criterion : values()) {
            sum += criterion.of(review);
        }
        return sum / values().length;
    }
}
