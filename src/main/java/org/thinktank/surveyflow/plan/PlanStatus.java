package org.thinktank.surveyflow.plan;

/** Where a version of the plan stands: the lead's draft, submitted and awaiting the organizers, or decided. */
public enum PlanStatus {
    DRAFT, SUBMITTED, SENT_BACK, APPROVED
}
