package org.thinktank.surveyflow.survey;

import java.time.Instant;

/**
 * One line of an investigation's history.
 *
 * @param actor who did it; null for what the process did, and for what the reader may not attribute
 * @param versionNumber the report version the entry is about, or null
 */
public record SurveyEvent(Instant occurredAt, String actor, SurveyEventKind kind, String detail, Integer versionNumber) {

    public SurveyEvent(Instant occurredAt, String actor, SurveyEventKind kind, String detail) {
        this(occurredAt, actor, kind, detail, null);
    }

    /** This entry as told to a reader who may know that it happened, but not who did it or the given detail. */
    public SurveyEvent withoutActor(String detail) {
        return new SurveyEvent(occurredAt, null, kind, detail, versionNumber);
    }
}
