package org.thinktank.surveyflow.adoption;

import java.util.List;

/**
 * A recommendation of an approved study report, with what happened to it in the order it happened.
 *
 * @param number the recommendation's place in its report, from 1
 */
public record TrackedRecommendation(long id, long surveyId, String surveyKey, String topic, int number, String text,
                                    List<AdoptionStep> steps) {

    public AdoptionStatus status() {
        return steps.isEmpty() ? AdoptionStatus.PENDING : steps.get(steps.size() - 1).kind().status();
    }
}
