package org.thinktank.surveyflow.adoption;

/**
 * Published inside the transaction that recorded a step of one of an investigation's recommendations.
 *
 * @param allSettled whether every recommendation of the investigation is now adopted or declined
 */
public record AdoptionStepRecorded(long surveyId, boolean allSettled) {
}
