package org.thinktank.surveyflow.adoption;

/** Where a recommendation stands: the kind of its latest step, or PENDING before any. */
public enum AdoptionStatus {
    PENDING, SENT, INSTRUCTED, ADOPTED, DECLINED
}
