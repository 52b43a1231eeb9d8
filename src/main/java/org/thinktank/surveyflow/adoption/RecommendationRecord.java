package org.thinktank.surveyflow.adoption;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A recommendation of an investigation's approved report with its steps in order, as its team and the organizers
 * read it.
 *
 * @param trackedOn the day its report was approved: no step happened before it
 */
public record RecommendationRecord(long id, long surveyId, int number, String text, LocalDate trackedOn,
                                   List<RecordedStep> steps) {

    @JsonProperty
    public AdoptionStatus status() {
        return tracked().status();
    }

    @JsonProperty
    public boolean settled() {
        AdoptionStatus status = status();
        return status == AdoptionStatus.ADOPTED || status == AdoptionStatus.DECLINED;
    }

    TrackedRecommendation tracked(String surveyKey, String topic) {
        return new TrackedRecommendation(id, surveyId, surveyKey, topic, number, text,
                steps.stream().map(RecordedStep::step).toList());
    }

    private TrackedRecommendation tracked() {
        return tracked("", "");
    }
}
