package org.thinktank.surveyflow.export.excel;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.thinktank.surveyflow.review.Review;

/**
 * The reviews' scores summed up as the Reviews sheet streams: mean and spread per criterion, overall and per
 * reviewer, how often each score was given, and the scores each investigation received.
 */
final class ScoreTally {

    private final Scores all = new Scores();
    private final Map<String, Scores> byReviewer = new TreeMap<>();
    private final Map<String, Spread> bySurvey = new TreeMap<>();
    private final Map<Criterion, int[]> distribution = new EnumMap<>(Criterion.class);

    ScoreTally() {
        for (Criterion criterion : Criterion.values()) {
            distribution.put(criterion, new int[Criterion.HIGHEST - Criterion.LOWEST + 1]);
        }
    }

    void add(String surveyKey, Review review) {
        all.add(review);
        byReviewer.computeIfAbsent(review.reviewer(), reviewer -> new Scores()).add(review);
        bySurvey.computeIfAbsent(surveyKey, key -> new Spread()).add(Criterion.average(review));
        for (Criterion criterion : Criterion.values()) {
            int score = criterion.of(review);
            if (score >= Criterion.LOWEST && score <= Criterion.HIGHEST) {
                distribution.get(criterion)[score - Criterion.LOWEST]++;
            }
        }
    }

    Scores all() {
        return all;
    }

    /** Each reviewer's scores, by login name. */
    Map<String, Scores> byReviewer() {
        return byReviewer;
    }

    /** The average scores of an investigation's reviews. */
    Spread received(String surveyKey) {
        return bySurvey.getOrDefault(surveyKey, new Spread());
    }

    /** How many times a criterion was given a score. */
    int times(Criterion criterion, int score) {
        return distribution.get(criterion)[score - Criterion.LOWEST];
    }

    /** The scores of a set of reviews: each criterion's and the reviews' averages. */
    static final class Scores {

        private final Map<Criterion, Spread> perCriterion = new EnumMap<>(Criterion.class);
        private final Spread overall = new Spread();

        Scores() {
            for (Criterion criterion : Criterion.values()) {
                perCriterion.put(criterion, new Spread());
            }
        }

        void add(Review review) {
            perCriterion.forEach((criterion, spread) -> spread.add(criterion.of(review)));
            overall.add(Criterion.average(review));
        }

        Spread of(Criterion criterion) {
            return perCriterion.get(criterion);
        }

        Spread overall() {
            return overall;
        }
    }
}
