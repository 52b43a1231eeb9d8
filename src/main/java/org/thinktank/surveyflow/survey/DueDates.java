package org.thinktank.surveyflow.survey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The deadlines of an investigation, each the last day on which the stage may finish; the plan's is the day by which it
 * is approved.
 */
public record DueDates(LocalDate plan, LocalDate findings, LocalDate draft, LocalDate review, LocalDate approval) {

    /**
     * The deadlines of a revision round: the draft is due no earlier than {@code earliestDraftDue}, and review and
     * approval keep the spacing the organizer chose.
     */
    public DueDates forRevisionDueNoEarlierThan(LocalDate earliestDraftDue) {
        long shift = Math.max(0, ChronoUnit.DAYS.between(draft, earliestDraftDue));
        return new DueDates(plan, findings, draft.plusDays(shift), review.plusDays(shift), approval.plusDays(shift));
    }

    /** The due date of a stage, as {@code survey.stage_due} keeps it (V10); null for a stage that ended the work. */
    public LocalDate ofStage(SurveyStage stage) {
        return switch (stage) {
            case PLANNING -> plan;
            case FINDINGS -> findings;
            case DRAFTING -> draft;
            case REVIEW -> review;
            case DECISION, APPROVAL -> approval;
            case PUBLISHED, CLOSED -> null;
        };
    }
}
