package org.thinktank.surveyflow.survey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /**
     * These deadlines with the stage's own and every later one moved by {@code days}, as when the meeting moves:
     * the deadlines of stages already done keep their dates, and an investigation that ended keeps them all.
     */
    public DueDates shiftedFrom(SurveyStage stage, long days) {
        return switch (stage) {
            case PLANNING -> new DueDates(plan.plusDays(days), findings.plusDays(days), draft.plusDays(days),
                    review.plusDays(days), approval.plusDays(days));
            case FINDINGS -> new DueDates(plan, findings.plusDays(days), draft.plusDays(days), review.plusDays(days),
                    approval.plusDays(days));
            case DRAFTING -> new DueDates(plan, findings, draft.plusDays(days), review.plusDays(days),
                    approval.plusDays(days));
            case REVIEW -> new DueDates(plan, findings, draft, review.plusDays(days), approval.plusDays(days));
            case DECISION, APPROVAL -> new DueDates(plan, findings, draft, review, approval.plusDays(days));
            case PUBLISHED, CLOSED -> this;
        };
    }

    /** Each deadline by the name the launch and the process give it ({@code findingsDue}...), in the order of the stages. */
    public Map<String, LocalDate> byName() {
        Map<String, LocalDate> named = new LinkedHashMap<>();
        named.put("planDue", plan);
        named.put("findingsDue", findings);
        named.put("draftDue", draft);
        named.put("reviewDue", review);
        named.put("approvalDue", approval);
        return named;
    }
}
