package org.thinktank.surveyflow.adoption;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A step with what the record keeps about it: its id, its place among the recommendation's steps (from 1), the name
 * of its scanned attachment (empty without one), who recorded it and when.
 */
public record RecordedStep(long id, int position, @JsonUnwrapped AdoptionStep step, String attachmentName,
                           String recordedBy, Instant recordedAt) {

    public boolean hasAttachment() {
        return !attachmentName.isEmpty();
    }
}
