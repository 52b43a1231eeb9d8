package org.thinktank.surveyflow.survey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The four deadlines of an investigation, each the last day on which the stage may finish. */
public record DueDates(LocalDate findings, LocalDate draft, LocalDate review, LocalDate approval) {

    /**
     * The deadlines of a revision round: the draft is due no earlier than {@code earliestDraftDue}, and review and
     * approval keep the spacing the organizer chose.
     */
    public DueDates forRevisionDueNoEarlierThan(LocalDate earliestDraftDue) {
        long shift = Math.max(0, ChronoUnit.DAYS.between(draft, earliestDraftDue));
        return new DueDates(findings, draft.plusDays(shift), review.plusDays(shift), approval.plusDays(shift));
    }

    /** The due date of a stage, as {@code survey.stage_due} keeps it (V10); null for a stage that ended the work. */
    public LocalDate ofStage(SurveyStage stage) {
        return switch (stage) {
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
            case FINDINGS -> new DueDates(findings.plusDays(days), draft.plusDays(days), review.plusDays(days),
                    approval.plusDays(days));
            case DRAFTING -> new DueDates(findings, draft.plusDays(days), review.plusDays(days), approval.plusDays(days));
            case REVIEW -> new DueDates(findings, draft, review.plusDays(days), approval.plusDays(days));
            case DECISION, APPROVAL -> new DueDates(findings, draft, review, approval.plusDays(days));
            case PUBLISHED, CLOSED -> this;
        };
    }

    /** Each deadline by the name the launch and the process give it ({@code findingsDue}...), in the order of the stages. */
    public Map<String, LocalDate> byName() {
        Map<String, LocalDate> named = new LinkedHashMap<>();
        named.put("findingsDue", findings);
        named.put("draftDue", draft);
        named.put("reviewDue", review);
        named.put("approvalDue", approval);
        return named;
    }
}
