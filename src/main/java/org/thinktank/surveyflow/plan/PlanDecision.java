package org.thinktank.surveyflow.plan;

/** What an organizer decides on a submitted plan. */
public enum PlanDecision {
    APPROVE, SEND_BACK
}
