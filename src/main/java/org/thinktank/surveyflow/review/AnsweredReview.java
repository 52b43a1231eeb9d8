package org.thinktank.surveyflow.review;

/** A review as its reader may see it, beside the lead's response to it (null when there is none). */
public record AnsweredReview(Review review, AuthorResponse response) {

    public String responseText() {
        return response == null ? "" : response.text();
    }
}
