package org.thinktank.surveyflow.adoption;

/** Published inside the transaction in which an approved report's recommendations became trackable. */
public record RecommendationsTracked(long surveyId, String lead) {
}
