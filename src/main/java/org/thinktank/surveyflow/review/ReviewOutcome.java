package org.thinktank.surveyflow.review;

import java.util.Collection;

/**
 * What a review round decides, as the BPMN gateway reads it: all accept goes to approval, any reject goes to
 * the organizers, and any revision (minor or major) sends the report back to the lead.
 */
public enum ReviewOutcome {
    ACCEPT, REVISE, REJECT;

    public static ReviewOutcome of(Collection<Recommendation> recommendations) {
        if (recommendations.isEmpty()) {
            throw new IllegalStateException("A review round needs at least one review");
        }
        if (recommendations.contains(Recommendation.REJECT)) {
            return REJECT;
        }
        if (recommendations.stream().allMatch(Recommendation.ACCEPT::equals)) {
            return ACCEPT;
        }
        return REVISE;
    }
}
