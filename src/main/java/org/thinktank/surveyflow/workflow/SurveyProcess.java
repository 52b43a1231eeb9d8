package org.thinktank.surveyflow.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The names that {@code processes/survey-investigation.bpmn} and the Java code share. A test checks that every
 * activity named here exists in the model.
 */
public final class SurveyProcess {

    public static final String KEY = "survey-investigation";

    public static final String SUBMIT_FINDINGS = "submitFindings";
    public static final String DRAFT_REPORT = "draftReport";
    public static final String REVIEW_REPORT = "reviewReport";
    public static final String APPROVE_REPORT = "approveReport";
    public static final String DECIDE_REJECTION = "decideRejection";
    public static final String TALLY_REVIEWS = "tallyReviews";
    public static final String PLAN_REVISION = "planRevision";
    /** The message that recalls a submitted version before its review started, and the step that reopens it. */
    public static final String REPORT_RECALLED = "reportRecalled";
    public static final String REOPEN_DRAFT = "reopenDraft";
    public static final String PUBLISHED = "published";
    public static final String CLOSED = "closed";

    public static final String SURVEY_ID = "surveyId";
    public static final String LEAD = "lead";
    public static final String FINDINGS_DUE = "findingsDue";
    public static final String DRAFT_DUE = "draftDue";
    public static final String REVIEW_DUE = "reviewDue";
    public static final String APPROVAL_DUE = "approvalDue";
    /** ISO 8601 duration: how long before a due date the assignees are reminded. */
    public static final String REMINDER_LEAD = "reminderLead";
    /** ISO 8601 duration: the least time a revision round gives the lead. */
    public static final String REVISION_PERIOD = "revisionPeriod";
    public static final String REPORT_VERSION = "reportVersion";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String REJECTION_DECISION = "rejectionDecision";

    private SurveyProcess() {
    }

    static long surveyId(VariableScope scope) {
        return ((Number) scope.getVariable(SURVEY_ID)).longValue();
    }

    static int reportVersion(VariableScope scope) {
        return ((Number) scope.getVariable(REPORT_VERSION)).intValue();
    }
}
